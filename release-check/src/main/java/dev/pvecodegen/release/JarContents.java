package dev.pvecodegen.release;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.lang.model.SourceVersion;

/** What must be inside the staged jars: a module name in the main jar, Java sources, an index of the javadoc. */
final class JarContents {
    private JarContents() {}

    /**
     * The module name the main jar declares ({@code module-info.class} or {@code Automatic-Module-Name}).
     *
     * @return the name, or empty when it declares none
     */
    static Optional<String> moduleName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            var moduleInfo = file.getEntry("module-info.class");
            if (moduleInfo != null) {
                try (var in = file.getInputStream(moduleInfo)) {
                    return Optional.of(ModuleDescriptor.read(in).name());
                }
            }
            Manifest manifest = file.getManifest();
            return Optional.ofNullable(
                    manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }

    /** Problems of the main jar's module name: missing, or not a valid module name (an unresolved property). */
    static List<String> checkModuleName(Path jar) throws IOException {
        List<String> problems = new ArrayList<>();
        Optional<String> name = moduleName(jar);
        if (name.isEmpty()) {
            problems.add(jar.getFileName() + " declares no module name (Automatic-Module-Name or module-info)");
        } else if (!SourceVersion.isName(name.get())) {
            problems.add(jar.getFileName() + " declares the invalid module name '" + name.get() + "'");
        }
        return problems;
    }

    /** Problems when the jar holds no entry ending with {@code suffix} (e.g. no {@code .java} in a sources jar). */
    static List<String> requireEntry(Path jar, String suffix, String what) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            boolean found = file.stream().anyMatch(e -> e.getName().endsWith(suffix));
            return found ? List.of() : List.of(jar.getFileName() + " holds no " + what);
        }
    }
}
