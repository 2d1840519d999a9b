package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private int run(String... args) {
        return new GenerateCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path fixture() throws Exception {
        return Fixtures.copy("basics", temp);
    }

    /** Generates the fixture into {@code output} with one supplement of the user's. */
    private int generate(Path output, Path supplement) throws Exception {
        return run(
                "--schema", fixture().toString(), "--output", output.toString(), "--supplement", supplement.toString());
    }

    @Test
    void generatesIntoTheOutputDirectoryWithIncludes() throws Exception {
        Path output = temp.resolve("gen");
        int status = run(
                "--schema",
                fixture().toString(),
                "--output",
                output.toString(),
                "--package",
                "com.acme.pve",
                "--include",
                "/nodes/**",
                "--exclude",
                "/nodes/{node}/qemu/{vmid}/config");
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.resolve("com/acme/pve/Pve.java")).exists();
        assertThat(output.resolve("com/acme/pve/NodesNodeQemu.java")).exists();
        assertThat(output.resolve("com/acme/pve/NodesNodeQemuVmidConfig.java")).doesNotExist();
        assertThat(output.resolve("com/acme/pve/Version.java")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("generated");
    }

    @Test
    void badSchemaExitsWithTwoAndListsTheProblems() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.json"), "[{\"path\": 5}]");
        assertThat(run(
                        "--schema",
                        bad.toString(),
                        "--output",
                        temp.resolve("gen").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json");
        assertThat(temp.resolve("gen")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithOne() throws Exception {
        assertThat(run("--schema", "x.json")).isEqualTo(1);
        assertThat(run("--schema", fixture().toString(), "--output", temp.toString(), "--package", "9bad"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: pvecodegen generate");
    }

    @Test
    void refusesAForeignNonEmptyDirectory() throws Exception {
        Path foreign = Files.createDirectories(temp.resolve("src"));
        Files.writeString(foreign.resolve("Main.java"), "class Main {}");
        assertThat(run("--schema", fixture().toString(), "--output", foreign.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refusing to overwrite");
        assertThat(foreign.resolve("Main.java")).exists();
    }

    @Test
    void aPackageThatCannotCompileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path output = temp.resolve("gen");
        for (String bad : List.of("a.class.b", "a..b", ".a", "a.", "com.example.true", "x._", "java.pve", "a.b-c")) {
            err.reset();
            assertThat(run("--schema", fixture().toString(), "--output", output.toString(), "--package", bad))
                    .as(bad)
                    .isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .as(bad)
                    .contains("--package '" + bad + "' is not a usable Java package name");
        }
        assertThat(output).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'b-c' is not a Java identifier");
    }

    @Test
    void aPackageNamesEveryProblemAtOnce() throws Exception {
        assertThat(run(
                        "--schema",
                        fixture().toString(),
                        "--output",
                        temp.resolve("gen").toString(),
                        "--package",
                        "int..class"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("empty segment", "'int' is a reserved Java word", "'class' is a reserved");
    }

    @Test
    void takesTheSchemaFetchOptionsOfTheOtherCommands() throws Exception {
        Path output = temp.resolve("gen");
        assertThat(run("--schema", fixture().toString(), "--output", output.toString(), "--insecure"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(run(
                        "--tls-fingerprint",
                        "AB:".repeat(31) + "AB",
                        "--schema",
                        fixture().toString(),
                        "--output",
                        output.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(run(
                        "--insecure",
                        "--tls-fingerprint",
                        "AB:CD",
                        "--schema",
                        fixture().toString(),
                        "--output",
                        output.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--insecure contradicts --tls-fingerprint");
    }

    @Test
    void filesTheGeneratorDidNotWriteAreListedAndKept() throws Exception {
        Path output = temp.resolve("gen");
        assertThat(run("--schema", fixture().toString(), "--output", output.toString()))
                .isZero();
        Path mine = Files.writeString(output.resolve("README.md"), "my notes");

        assertThat(run("--schema", fixture().toString(), "--output", output.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("README.md (not written by pvecodegen)");
        assertThat(mine).hasContent("my notes");
    }

    private Path names(String product, String entries) throws Exception {
        return Files.writeString(
                temp.resolve("names.json"),
                "{\"format\": \"pvecodegen-supplement/1\", \"product\": \"" + product + "\","
                        + " \"description\": \"test\", \"entries\": [], \"names\": [" + entries + "]}");
    }

    @Test
    void entriesOfTheUsersSupplementsThatMatchNothingAreWarnedAbout() throws Exception {
        Path mine = Files.writeString(temp.resolve("mine.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "gone", "target": {"method": "GET", "path": "/no/such/path", "in": "returns"},
                   "properties": {"x": {"type": "string"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]}]}""");
        Path output = temp.resolve("gen");

        assertThat(generate(output, mine)).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8))
                .as("the shipped supplement's entries, most of which this fixture lacks, are inspect's business")
                .isEqualTo("pvecodegen generate: supplement entry mine.json#gone matches nothing"
                        + " (GET /no/such/path returns: the schema has no GET /no/such/path)\n");
    }

    @Test
    void theShippedSupplementAppliesUnlessLeftOut() throws Exception {
        Path supplemented = temp.resolve("supplemented");
        Path plain = temp.resolve("plain");
        assertThat(run("--schema", fixture().toString(), "--output", supplemented.toString()))
                .isZero();
        assertThat(run("--schema", fixture().toString(), "--output", plain.toString(), "--no-supplement"))
                .isZero();

        String nodeEntry = "dev/pvecodegen/client/model/NodeEntry.java";
        assertThat(Files.readString(supplemented.resolve(nodeEntry)))
                .contains(" maxdisk()", "Not declared by the schema: from supplement");
        assertThat(Files.readString(plain.resolve(nodeEntry))).doesNotContain("maxdisk");
    }

    @Test
    void theNamesSectionOfASupplementChoosesClassNames() throws Exception {
        Path output = temp.resolve("gen");
        Path names = names(
                "pve",
                "{\"target\": \"GET /nodes/{node}/qemu/{vmid}/config#returns\", \"name\": \"VmConfig\","
                        + " \"reason\": \"our word\"}");
        int status = generate(output, names);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.resolve("dev/pvecodegen/client/model/VmConfig.java")).exists();
        assertThat(output.resolve("dev/pvecodegen/client/model/QemuConfig.java"))
                .doesNotExist();
    }

    @Test
    void aBadNamesSectionExitsWithTwoNamingTheEntryAndWritesNothing() throws Exception {
        Path output = temp.resolve("gen");
        Path names = names("pve", "{\"target\": \"GET /nope#returns\", \"name\": \"Nope\", \"reason\": \"\"}");
        assertThat(generate(output, names)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("names.json#/names/0: no generated class is used at target 'GET /nope#returns'");
        assertThat(output).doesNotExist();
        Path pbs = names("pbs", "");
        assertThat(generate(output, pbs)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("/product", "the supplement is for 'pbs' but the schema is a pve schema");
    }

    @Test
    void aBadSupplementExitsWithTwoListingEveryProblemAndLeavesTheOutputAsItWas() throws Exception {
        Path output = temp.resolve("gen");
        assertThat(run("--schema", fixture().toString(), "--output", output.toString()))
                .isZero();
        Map<Path, String> before = contents(output);
        Path bad = Files.writeString(temp.resolve("bad.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "typo", "target": {"method": "GET", "path": "/nodes", "in": "returns", "pointer": "/items"},
                   "properties": {"uptime": {"type": "integr"}}, "reason": "r", "evidence": ["e"], "versions": ["9"]},
                  {"id": "no-evidence", "target": {"method": "GET", "path": "/nodes", "in": "returns"},
                   "properties": {"x": {"type": "string"}}, "reason": "r", "evidence": [], "versions": ["9"]}]}""");

        assertThat(generate(output, bad)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("bad.json", "/entries/0/properties/uptime/type", "/entries/1/evidence", "GET /nodes");
        assertThat(contents(output)).isEqualTo(before);
    }

    @Test
    void theSameFormatSupplementsABackupServerSchema() throws Exception {
        Path mine = Files.writeString(temp.resolve("pbs.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pbs", "entries": [
                  {"id": "datastore-index", "target": {"method": "GET", "path": "/admin/datastore/{store}", "in": "returns"},
                   "schema": {"type": "array", "items": {"type": "object", "properties": {"subdir": {"type": "string"}}}},
                   "reason": "The datastore's directory index lists its subdirectories; apidoc declares null.",
                   "evidence": ["proxmox/proxmox-backup src/api2/admin/datastore.rs: DATASTORE_INFO_ROUTER gets list_subdirs_api_method!(DATASTORE_INFO_SUBDIRS)"],
                   "versions": ["4"]}]}""");
        Path supplemented = temp.resolve("supplemented");
        Path plain = temp.resolve("plain");
        String pbs = Path.of(System.getProperty("pvecodegen.shared.apidoc", "../../shared/apidoc"), "pbs-4.2.json")
                .toString();
        String resource = "dev/pvecodegen/client/AdminDatastoreStore.java";

        assertThat(run("--schema", pbs, "--output", plain.toString(), "--include", "/admin/datastore/{store}"))
                .isZero();
        assertThat(run(
                        "--schema",
                        pbs,
                        "--output",
                        supplemented.toString(),
                        "--include",
                        "/admin/datastore/{store}",
                        "--supplement",
                        mine.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();

        assertThat(Files.readString(plain.resolve(resource))).contains("public JsonNode get()");
        assertThat(Files.readString(supplemented.resolve(resource))).containsPattern("public List<\\w+> get\\(\\)");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty(); // the entry applied: no warning
    }

    /** Every file under {@code dir} with its content. */
    private static Map<Path, String> contents(Path dir) throws IOException {
        Map<Path, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(file), Files.readString(file));
            }
        }
        return contents;
    }
}
