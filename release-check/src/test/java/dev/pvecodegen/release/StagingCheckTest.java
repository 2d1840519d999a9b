package dev.pvecodegen.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release check on staging layouts built here: a complete one passes; each missing file, wrong checksum,
 * missing signature, module name or Central element is reported by name.
 */
class StagingCheckTest {
    private static final String VERSION = "1.2.3";

    @TempDir
    Path root;

    @BeforeEach
    void stageACompleteRelease() throws IOException {
        stagePom("example-parent", parentPom());
        stageJarArtifact("example-lib", childPom("example-lib", "jar", "<name>example lib</name>"), "dev.example.lib");
        stageJarArtifact(
                "example-plugin",
                childPom("example-plugin", "maven-plugin", "<name>example plugin</name>"),
                "dev.example.plugin");
    }

    @Test
    void aCompleteLayoutPasses() throws IOException {
        Result result = run("--signed");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains("staging layout OK: 3 artifacts")
                .containsPattern("example-lib +ok +ok +ok +ok +ok +ok +dev\\.example\\.lib +ok")
                .containsPattern("example-parent +ok +- +- +- +ok +ok +- +ok");
    }

    @Test
    void reportsMissingFilesChecksumsAndSignatures() throws IOException {
        Path lib = dir("example-lib");
        Files.delete(lib.resolve("example-lib-1.2.3-javadoc.jar"));
        Files.delete(lib.resolve("example-lib-1.2.3.jar.sha1"));
        Files.writeString(lib.resolve("example-lib-1.2.3-sources.jar.md5"), "0123456789abcdef0123456789abcdef");
        Files.delete(lib.resolve("example-lib-1.2.3.pom.asc"));

        Result result = run("--signed");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out())
                .contains("example-lib: example-lib-1.2.3-javadoc.jar missing")
                .contains("example-lib: example-lib-1.2.3.jar.sha1 missing")
                .contains("example-lib: example-lib-1.2.3-sources.jar.md5 does not match the file")
                .contains("example-lib: example-lib-1.2.3.pom.asc missing")
                .containsPattern("example-lib +ok +ok +ok +MISSING +BAD +MISSING");
    }

    @Test
    void signaturesAreOnlyRequiredWhenSigned() throws IOException {
        Files.delete(dir("example-lib").resolve("example-lib-1.2.3.pom.asc"));

        assertThat(run().status()).isZero();
        assertThat(run().out()).containsPattern("example-lib( +ok){5} +skipped");
    }

    @Test
    void reportsAMissingOrInvalidModuleName() throws IOException {
        stageJarArtifact("example-lib", childPom("example-lib", "jar", "<name>lib</name>"), null);
        stageJarArtifact(
                "example-plugin",
                childPom("example-plugin", "maven-plugin", "<name>plugin</name>"),
                "${automatic.module.name}");

        Result result = run("--signed");

        assertThat(result.out())
                .contains("example-lib: example-lib-1.2.3.jar declares no module name")
                .contains("example-plugin: example-plugin-1.2.3.jar declares the invalid module name"
                        + " '${automatic.module.name}'");
    }

    @Test
    void reportsTheCentralElementsNeitherDeclaredNorInherited() throws IOException {
        stagePom("example-parent", """
                <project>
                  <groupId>dev.example</groupId>
                  <artifactId>example-parent</artifactId>
                  <version>1.2.3</version>
                  <packaging>pom</packaging>
                  <name>parent</name>
                  <licenses><license><name>Apache-2.0</name></license></licenses>
                  <scm><url>https://example.dev/repo</url></scm>
                </project>""");
        stageJarArtifact("example-lib", childPom("example-lib", "jar", ""), "dev.example.lib");

        Result result = run("--signed");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out())
                .contains("example-lib: no name (Central needs one per artifact; it is not inherited)")
                .contains("example-lib: no description (neither declared nor inherited)")
                .contains("example-lib: no url (neither declared nor inherited)")
                .contains("example-lib: no license with name and url (neither declared nor inherited)")
                .contains("example-lib: no developer (neither declared nor inherited)")
                .contains("example-lib: no scm/connection (neither declared nor inherited)")
                .contains("example-lib: no issueManagement/url (neither declared nor inherited)")
                .doesNotContain("example-lib: no scm/url");
    }

    @Test
    void aParentOutsideTheLayoutIsReported() throws IOException {
        deleteTree(dir("example-parent").getParent());

        Result result = runExpecting(List.of("example-lib", "example-plugin"), "--signed");

        assertThat(result.out())
                .contains("example-lib: parent dev.example:example-parent:1.2.3 is not in the staging layout");
    }

    @Test
    void reportsUnexpectedAndMissingArtifacts() throws IOException {
        stageJarArtifact("example-tests", childPom("example-tests", "jar", "<name>tests</name>"), "dev.example.t");

        Result result = runExpecting(List.of("example-parent", "example-lib", "example-plugin", "example-bom"));

        assertThat(result.out())
                .contains("dev.example:example-tests:1.2.3: staged but not expected")
                .contains("example-bom: expected but not staged");
    }

    @Test
    void usageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StagingCheck.run(
                new String[] {root.toString()}, new PrintStream(OutputStream.nullOutputStream()), printer(err));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--expect");
    }

    private record Result(int status, String out) {}

    private Result run(String... options) {
        return runExpecting(List.of("example-parent", "example-lib", "example-plugin"), options);
    }

    private Result runExpecting(List<String> expected, String... options) {
        List<String> args = new ArrayList<>(List.of(root.toString(), "--expect", String.join(",", expected)));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StagingCheck.run(args.toArray(String[]::new), printer(out), printer(new ByteArrayOutputStream()));
        return new Result(status, out.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream printer(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String parentPom() {
        return """
                <project>
                  <groupId>dev.example</groupId>
                  <artifactId>example-parent</artifactId>
                  <version>1.2.3</version>
                  <packaging>pom</packaging>
                  <name>example parent</name>
                  <description>Shared settings.</description>
                  <url>https://example.dev</url>
                  <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
                  <developers><developer><name>The maintainers</name></developer></developers>
                  <scm><connection>scm:git:https://example.dev/repo.git</connection><url>https://example.dev/repo</url></scm>
                  <issueManagement><url>https://example.dev/issues</url></issueManagement>
                </project>""";
    }

    private static String childPom(String artifactId, String packaging, String name) {
        return """
                <project>
                  <parent>
                    <groupId>dev.example</groupId>
                    <artifactId>example-parent</artifactId>
                    <version>1.2.3</version>
                  </parent>
                  <artifactId>%s</artifactId>
                  <packaging>%s</packaging>
                  %s
                </project>""".formatted(artifactId, packaging, name);
    }

    private Path dir(String artifactId) throws IOException {
        return Files.createDirectories(
                root.resolve("dev/example").resolve(artifactId).resolve(VERSION));
    }

    private void stagePom(String artifactId, String pom) throws IOException {
        stage(dir(artifactId).resolve(artifactId + "-" + VERSION + ".pom"), pom.getBytes(StandardCharsets.UTF_8));
    }

    /** The POM, the jar (with that module name, or none when null), sources and javadoc, each summed and signed. */
    private void stageJarArtifact(String artifactId, String pom, String moduleName) throws IOException {
        stagePom(artifactId, pom);
        String base = artifactId + "-" + VERSION;
        Path dir = dir(artifactId);
        stage(dir.resolve(base + ".jar"), jar(moduleName, "dev/example/Lib.class"));
        stage(dir.resolve(base + "-sources.jar"), jar(null, "dev/example/Lib.java"));
        stage(dir.resolve(base + "-javadoc.jar"), jar(null, "index.html"));
    }

    /** Writes a file with its .md5, .sha1, .sha256 and a stand-in .asc (the check verifies presence, not gpg). */
    private static void stage(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        Files.writeString(file.resolveSibling(file.getFileName() + ".md5"), Checksums.digest(file, "MD5"));
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), Checksums.digest(file, "SHA-1"));
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha256"), Checksums.digest(file, "SHA-256"));
        Files.writeString(file.resolveSibling(file.getFileName() + ".asc"), "-----BEGIN PGP SIGNATURE-----");
    }

    private static byte[] jar(String moduleName, String entry) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (moduleName != null) {
            manifest.getMainAttributes().putValue("Automatic-Module-Name", moduleName);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write(new byte[] {1, 2, 3});
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void deleteTree(Path dir) throws IOException {
        Set<Path> paths = new LinkedHashSet<>();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
