package dev.pvecodegen.generator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with javac ({@code -Xlint:all,-deprecation -Werror}, plus doclint so that Javadoc
 * errors fail the compilation too) against the test classpath (runtime classes and Jackson), and runs the javadoc
 * tool on them.
 */
public final class Compiler {

    /** The result of one compilation: the class output directory and how long javac took. */
    public record Compiled(Path sources, Path classes, long millis) {
        public ClassLoader loader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiler.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Compiler() {}

    static Path write(GeneratedSources sources, Path dir) {
        try {
            for (GeneratedFile file : sources.files()) {
                Path target = dir.resolve(file.relativePath());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Compiled compile(GeneratedSources sources, Path workDir) throws IOException {
        Path src = write(sources, workDir.resolve("src"));
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long start = System.nanoTime();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-Xlint:all,-deprecation",
                    "-Werror",
                    "-Xdoclint:all,-missing",
                    "-proc:none",
                    "-encoding",
                    "UTF-8",
                    "--release",
                    "17",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString());
            Boolean ok = javac.getTask(
                            null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(javaFiles(src)))
                    .call();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!ok) {
                throw new AssertionError("javac failed:\n" + report(diagnostics));
            }
            return new Compiled(src, classes, millis);
        }
    }

    /** Runs javadoc; returns its output (fails on errors). */
    public static String javadoc(Path sources, Path workDir) throws IOException {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager files =
                javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            // doclint already ran inside javac (see compile); the javadoc tool must still accept every comment.
            // Side pages (index, tree, help, deprecated list) are skipped to keep the test fast.
            List<String> options = List.of(
                    "-quiet",
                    "-Xdoclint:none",
                    "-noindex",
                    "-notree",
                    "-nohelp",
                    "-nodeprecatedlist",
                    "-encoding",
                    "UTF-8",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    Files.createDirectories(workDir.resolve("doc")).toString());
            Boolean ok = javadoc.getTask(
                            out,
                            files,
                            diagnostics,
                            null,
                            options,
                            files.getJavaFileObjectsFromPaths(javaFiles(sources)))
                    .call();
            if (!ok) {
                throw new AssertionError("javadoc failed:\n" + report(diagnostics) + out);
            }
        }
        return out.toString();
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (var stream = Files.walk(dir)) {
            return stream.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String report(DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder text = new StringBuilder();
        List<Diagnostic<? extends JavaFileObject>> all = new ArrayList<>(diagnostics.getDiagnostics());
        int shown = 0;
        for (Diagnostic<? extends JavaFileObject> d : all) {
            if (d.getKind() == Diagnostic.Kind.NOTE || shown++ > 40) {
                continue;
            }
            text.append(d.getKind())
                    .append(' ')
                    .append(d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
                    .append(' ')
                    .append(d.getMessage(Locale.ROOT))
                    .append('\n');
        }
        return text.append(all.size()).append(" diagnostics\n").toString();
    }
}
