package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal, constructed directly and run against the hand-written fixture schema. */
class GenerateMojoTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);
    private static final String SCHEMA_URL = "https://pve.example.invalid:8006/pve-docs/api-viewer/apidoc.js";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @Test
    void generatesRegistersTheSourceRootAndStampsTheExecution() throws Exception {
        GenerateMojo mojo = mojo(fixture(), "it.fixture");

        mojo.execute();

        Path out = project.resolve("target/generated-sources/pvecodegen");
        assertThat(mojo.project.getCompileSourceRoots()).containsExactly(out.toString());
        assertThat(javaFiles(out)).isNotEmpty().allMatch(path -> path.startsWith("it/fixture/"));
        assertThat(project.resolve("target/pvecodegen/default.sha256")).isRegularFile();
        assertThat(log.infos())
                .singleElement()
                .asString()
                .matches("pvecodegen: .*mini-pve\\.json -> it\\.fixture: 5 operations, \\d+ files"
                        + " \\(\\d+ written, 0 unchanged, 0 removed\\) in \\d+ ms");
    }

    @Test
    void aSecondRunIsUpToDateAndTouchesNoFile() throws Exception {
        mojo(fixture(), "it.fixture").execute();
        Map<String, FileTime> before = ageEveryFile(project.resolve("target"));
        log.clear();

        GenerateMojo again = mojo(fixture(), "it.fixture");
        again.execute();

        assertThat(modificationTimes(project.resolve("target"))).isEqualTo(before);
        assertThat(again.project.getCompileSourceRoots()).hasSize(1);
        assertThat(log.infos())
                .singleElement()
                .asString()
                .matches("pvecodegen: .*mini-pve\\.json -> it\\.fixture: 5 operations, \\d+ files, up to date"
                        + " \\(0 written\\) in \\d+ ms");
    }

    @Test
    void forceRegeneratesButRewritesOnlyChangedFiles() throws Exception {
        mojo(fixture(), "it.fixture").execute();
        Map<String, FileTime> before = ageEveryFile(project.resolve("target/generated-sources"));
        log.clear();

        GenerateMojo forced = mojo(fixture(), "it.fixture");
        forced.force = true;
        forced.execute();

        assertThat(modificationTimes(project.resolve("target/generated-sources")))
                .isEqualTo(before);
        assertThat(log.infos()).singleElement().asString().contains("(0 written, " + before.size() + " unchanged");
    }

    @Test
    void aRestoredDeletedFileIsNotUpToDate() throws Exception {
        mojo(fixture(), "it.fixture").execute();
        Path out = project.resolve("target/generated-sources/pvecodegen");
        String victim = javaFiles(out).get(0);
        Files.delete(out.resolve(victim));

        mojo(fixture(), "it.fixture").execute();

        assertThat(out.resolve(victim)).isRegularFile();
        assertThat(log.infos().get(1)).contains("(1 written, ");
    }

    @Test
    void aConfigurationChangeRegeneratesAndRemovesTheOldFiles() throws Exception {
        mojo(fixture(), "it.first").execute();
        int generated = javaFiles(project.resolve("target/generated-sources/pvecodegen"))
                .size();

        mojo(fixture(), "it.second").execute();

        Path out = project.resolve("target/generated-sources/pvecodegen");
        assertThat(out.resolve("it/first")).doesNotExist();
        assertThat(javaFiles(out)).hasSize(generated).allMatch(path -> path.startsWith("it/second/"));
        assertThat(log.infos().get(1)).contains(", " + generated + " removed)");
    }

    @Test
    void includesAndExcludesSelectOperations() throws Exception {
        GenerateMojo all = mojo(fixture(), "it.all");
        all.execute();
        GenerateMojo some = mojo(fixture(), "it.some");
        some.mojoExecution = new MojoExecution(new MojoDescriptor(), "some");
        some.includes = List.of("/nodes/**");
        some.excludes = List.of("/nodes/{node}/status");
        some.execute();

        Path out = project.resolve("target/generated-sources/pvecodegen");
        String allText = contents(out.resolve("it/all"));
        String someText = contents(out.resolve("it/some"));
        assertThat(allText).contains("/version", "/nodes/{node}/status", "/nodes/{node}/qemu");
        assertThat(someText).contains("/nodes/{node}/qemu").doesNotContain("\"/version\"", "/nodes/{node}/status");
        // two executions, two stamps, and neither removed the other's files
        assertThat(project.resolve("target/pvecodegen/default.sha256")).isRegularFile();
        assertThat(project.resolve("target/pvecodegen/some.sha256")).isRegularFile();
        mojo(fixture(), "it.all").execute();
        assertThat(out.resolve("it/some")).isDirectory();
    }

    @Test
    void skipOnlyRegistersTheSourceRoot() throws Exception {
        GenerateMojo mojo = mojo(fixture(), "it.fixture");
        mojo.skip = true;

        mojo.execute();

        assertThat(mojo.project.getCompileSourceRoots()).hasSize(1);
        assertThat(project.resolve("target")).doesNotExist();
        assertThat(log.infos()).containsExactly("pvecodegen: skipped (pvecodegen.skip)");
    }

    @Test
    void aChecksumMismatchFailsBeforeGenerating() throws Exception {
        GenerateMojo mojo = mojo(fixture(), "it.fixture");
        mojo.schemaSha256 = "0".repeat(64);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("checksum mismatch for schema")
                .hasMessageContaining("expected SHA-256 " + "0".repeat(64))
                .hasMessageMatching("(?s).*actual   SHA-256 [0-9a-f]{64}.*");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aWrongChecksumFailsEvenWhenTheOutputIsUpToDate() throws Exception {
        mojo(fixture(), "it.fixture").execute();
        GenerateMojo again = mojo(fixture(), "it.fixture");
        again.schemaSha256 = "f".repeat(64);

        assertThatThrownBy(again::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void anEditedSchemaFileRegenerates() throws Exception {
        Path schema = project.resolve("apidoc.json");
        Files.copy(Path.of(fixture()), schema);
        mojo("apidoc.json", "it.edited").execute();
        Files.writeString(schema, Files.readString(schema).replace("API version details.", "Version details."));
        Files.setLastModifiedTime(schema, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        mojo("apidoc.json", "it.edited").execute();

        assertThat(log.infos().get(1)).contains(" -> it.edited: ").contains("(1 written, ");
        assertThat(contents(project.resolve("target/generated-sources/pvecodegen/it/edited")))
                .contains("Version details.")
                .doesNotContain("API version details.");
    }

    @Test
    void aMatchingChecksumInAnyCaseIsAccepted() throws Exception {
        GenerateMojo mojo = mojo(fixture(), "it.fixture");
        mojo.schemaSha256 =
                "sha256:" + Sha256.hex(Files.readAllBytes(Path.of(fixture()))).toUpperCase(Locale.ROOT);

        mojo.execute();

        assertThat(project.resolve("target/pvecodegen/default.sha256")).isRegularFile();
    }

    @Test
    void usersSupplementsApplyAfterTheShippedOneAndAnEmptyListLeavesItOut() throws Exception {
        Files.writeString(project.resolve("ours.supplement.json"), supplement("codename"));
        GenerateMojo supplemented = mojo(fixture(), "it.ours");
        supplemented.supplements = List.of(new File("ours.supplement.json"));
        supplemented.execute();

        Path model = project.resolve("target/generated-sources/pvecodegen/it/ours/model");
        assertThat(Files.readString(model.resolve("Version.java"))).contains(" codename()");
        assertThat(Files.readString(model.resolve("NodeEntry.java")))
                .as("the shipped supplement still applies")
                .contains(" maxdisk()");

        GenerateMojo without = mojo(fixture(), "it.ours");
        without.supplements = List.of();
        without.execute();

        assertThat(Files.readString(model.resolve("Version.java"))).doesNotContain("codename");
        assertThat(Files.readString(model.resolve("NodeEntry.java"))).doesNotContain("maxdisk");
    }

    @Test
    void withoutTheShippedSupplementOnlyTheUsersApplies() throws Exception {
        Files.writeString(project.resolve("ours.supplement.json"), supplement("codename"));
        GenerateMojo mojo = mojo(fixture(), "it.ours");
        mojo.supplements = List.of(new File("ours.supplement.json"));
        mojo.shippedSupplement = false;
        mojo.execute();

        Path model = project.resolve("target/generated-sources/pvecodegen/it/ours/model");
        assertThat(Files.readString(model.resolve("Version.java"))).contains(" codename()");
        assertThat(Files.readString(model.resolve("NodeEntry.java"))).doesNotContain("maxdisk");
    }

    @Test
    void aChangedSupplementIsNotUpToDate() throws Exception {
        Path file = Files.writeString(project.resolve("ours.supplement.json"), supplement("codename"));
        GenerateMojo first = mojo(fixture(), "it.ours");
        first.supplements = List.of(file.toFile());
        first.execute();
        Files.writeString(file, supplement("channel"));
        log.clear();

        GenerateMojo second = mojo(fixture(), "it.ours");
        second.supplements = List.of(file.toFile());
        second.execute();

        assertThat(log.infos()).singleElement().asString().doesNotContain("up to date");
        assertThat(Files.readString(project.resolve("target/generated-sources/pvecodegen/it/ours/model/Version.java")))
                .contains(" channel()")
                .doesNotContain("codename");
    }

    @Test
    void anInvalidSupplementFailsNamingItAndWritesNothing() throws Exception {
        Path file = Files.writeString(project.resolve("bad.supplement.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [{"id": "x"}]}""");
        GenerateMojo mojo = mojo(fixture(), "it.bad");
        mojo.supplements = List.of(file.toFile());

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("pvecodegen: invalid supplement " + file)
                .hasMessageContaining("/entries/0");
        assertThat(project.resolve("target/generated-sources/pvecodegen")).doesNotExist();
    }

    /** A user's supplement giving GET /version one more string property. */
    private static String supplement(String property) {
        return """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "version-extra", "target": {"method": "GET", "path": "/version", "in": "returns"},
                   "properties": {"%s": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""".formatted(property);
    }

    @Test
    void anInvalidSchemaFailsWithEveryProblemAndWritesNoStamp() throws Exception {
        Path broken = Files.writeString(project.resolve("broken.json"), """
                [{"path": "/widgets", "text": "widgets", "leaf": 1,
                  "info": {"GET": {"method": "GET", "description": "A parameter of an unknown type.",
                                   "parameters": {"additionalProperties": 0,
                                                  "properties": {"size": {"type": "strnig"}}},
                                   "returns": {"type": "null"}}}},
                 {"path": "/gadgets", "text": "gadgets", "leaf": 1,
                  "info": {"FETCH": {"method": "FETCH", "description": "Not an HTTP method.",
                                     "parameters": {"additionalProperties": 0}, "returns": {"type": "null"}}}}]
                """);

        assertThatThrownBy(mojo("broken.json", "it.broken")::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("pvecodegen: invalid schema broken.json")
                // every problem, each with its location (the loader owns the wording)
                .hasMessageMatching("(?s).*: \\d+ problems\n.*")
                .hasMessageContaining("GET /widgets › size at /0/info/GET/parameters/properties/size/type: ")
                .hasMessageContaining("FETCH");
        assertThat(broken).exists();
        assertThat(project.resolve("target/pvecodegen")).doesNotExist();
    }

    @Test
    void aMissingFileIsAReadableFailure() {
        assertThatThrownBy(mojo("no/such/apidoc.js", "it.x")::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no/such/apidoc.js");
    }

    @Test
    void aUrlNeedsAChecksum() {
        assertThatThrownBy(mojo(SCHEMA_URL, "it.x")::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("is a URL but no schemaSha256 is set");
    }

    @Test
    void anOfflineBuildNeverDownloads() {
        GenerateMojo mojo = offlineUrlMojo("a".repeat(64));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("offline build, refusing to download " + SCHEMA_URL);
    }

    @Test
    void anOfflineBuildUsesAnEarlierDownload() throws Exception {
        offlineUrlMojo(cacheFixtureDownload()).execute();

        assertThat(project.resolve("target/generated-sources/pvecodegen/it/url"))
                .isDirectory();
    }

    @Test
    void aUrlSchemaIsUpToDateByItsDeclaredChecksumWithoutFetching() throws Exception {
        String sha256 = cacheFixtureDownload();
        offlineUrlMojo(sha256).execute();
        Files.delete(project.resolve("target/pvecodegen/downloads/" + sha256 + ".schema"));

        offlineUrlMojo(sha256).execute();

        assertThat(log.infos().get(1))
                .startsWith("pvecodegen: " + SCHEMA_URL + " -> it.url: ")
                .contains(", up to date (0 written)");
    }

    @Test
    void readsAClasspathResource() throws Exception {
        mojo("classpath:fixtures/mini-pve.json", "it.classpath").execute();

        assertThat(project.resolve("target/generated-sources/pvecodegen/it/classpath"))
                .isDirectory();
        assertThat(log.infos()).singleElement().asString().contains("classpath:fixtures/mini-pve.json -> it.classpath");
    }

    @Test
    void resolvesAPinnedNameToTheSharedSchemaAndChecksIt() throws Exception {
        GenerateMojo mojo = mojo("pve-9.2", "it.pinned");
        mojo.includes = List.of("/version");

        mojo.execute();

        String text = contents(project.resolve("target/generated-sources/pvecodegen/it/pinned"));
        assertThat(text).contains("/version").doesNotContain("/nodes/{node}/qemu");
        assertThat(log.infos()).singleElement().asString().contains("pve-9.2 -> it.pinned");
    }

    @Test
    void rejectsAMissingOrInvalidPackageName() {
        assertThatThrownBy(mojo(fixture(), null)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no packageName configured");
        assertThatThrownBy(mojo(fixture(), "com.example.int")::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'com.example.int' is not a valid Java package name");
    }

    @Test
    void rejectsAMissingSchema() {
        assertThatThrownBy(mojo(null, "it.x")::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("no schema configured")
                .hasMessageContaining("pve-9.2");
    }

    @Test
    void stampNamesAreSafeFileNames() {
        assertThat(GenerateMojo.stampName("default")).isEqualTo("default.sha256");
        assertThat(GenerateMojo.stampName("../weird id")).isEqualTo(".._weird_id.sha256");
        assertThat(GenerateMojo.stampName(null)).isEqualTo("default.sha256");
    }

    /** An offline build of a URL schema pinned to {@code sha256}. */
    private GenerateMojo offlineUrlMojo(String sha256) {
        GenerateMojo mojo = mojo(SCHEMA_URL, "it.url");
        mojo.schemaSha256 = sha256;
        mojo.session.getRequest().setOffline(true);
        return mojo;
    }

    /** Puts the fixture where an earlier online build would have kept its download; returns its SHA-256. */
    private String cacheFixtureDownload() throws IOException {
        byte[] schema = Files.readAllBytes(Path.of(fixture()));
        String sha256 = Sha256.hex(schema);
        Path downloads = Files.createDirectories(project.resolve("target/pvecodegen/downloads"));
        Files.write(downloads.resolve(sha256 + ".schema"), schema);
        return sha256;
    }

    // maven-core 3.8.7 has no session constructor that is not deprecated; the mojo only asks it whether the build is
    // offline.
    @SuppressWarnings("deprecation")
    private GenerateMojo mojo(String schema, String packageName) {
        MavenProject mavenProject = new MavenProject();
        mavenProject.setFile(project.resolve("pom.xml").toFile());
        mavenProject.getBuild().setDirectory(project.resolve("target").toString());
        GenerateMojo mojo = new GenerateMojo();
        mojo.setLog(log);
        mojo.project = mavenProject;
        mojo.session = new MavenSession(null, null, new DefaultMavenExecutionRequest(), null);
        mojo.mojoExecution = new MojoExecution(new MojoDescriptor(), "default");
        mojo.schema = schema;
        mojo.packageName = packageName;
        mojo.outputDirectory = new File(mavenProject.getBuild().getDirectory(), "generated-sources/pvecodegen");
        return mojo;
    }

    private static String fixture() {
        try {
            return Path.of(GenerateMojoTest.class
                            .getResource("/fixtures/mini-pve.json")
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace(File.separatorChar, '/'))
                    .sorted()
                    .toList();
        }
    }

    private static String contents(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : javaFiles(root)) {
            text.append(Files.readString(root.resolve(file))).append('\n');
        }
        return text.toString();
    }

    /** Sets every file's timestamp far into the past, so any later write shows. */
    private static Map<String, FileTime> ageEveryFile(Path root) throws IOException {
        for (String file : javaFiles(root)) {
            Files.setLastModifiedTime(root.resolve(file), LONG_AGO);
        }
        return modificationTimes(root);
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String file : javaFiles(root)) {
            times.put(file, Files.getLastModifiedTime(root.resolve(file)));
        }
        return times;
    }

    /** Keeps what the goal logs at INFO, to check the one summary line. */
    static final class RecordingLog extends SystemStreamLog {
        private final List<String> infos = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        List<String> infos() {
            return infos;
        }

        void clear() {
            infos.clear();
        }
    }
}
