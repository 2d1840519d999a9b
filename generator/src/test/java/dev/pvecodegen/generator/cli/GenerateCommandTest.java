package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aNamesFileChoosesClassNames() throws Exception {
        Path output = temp.resolve("gen");
        Path names = names(
                "pve",
                "{\"target\": \"GET /nodes/{node}/qemu/{vmid}/config#returns\", \"name\": \"VmConfig\","
                        + " \"reason\": \"our word\"}");
        int status = run("--schema", fixture().toString(), "--output", output.toString(), "--names", names.toString());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.resolve("dev/pvecodegen/client/model/VmConfig.java")).exists();
        assertThat(output.resolve("dev/pvecodegen/client/model/QemuConfig.java"))
                .doesNotExist();
    }

    @Test
    void aBadNamesFileExitsWithTwoNamingTheEntryAndWritesNothing() throws Exception {
        Path output = temp.resolve("gen");
        Path names = names("pve", "{\"target\": \"GET /nope#returns\", \"name\": \"Nope\"}");
        assertThat(run("--schema", fixture().toString(), "--output", output.toString(), "--names", names.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("names.json#/names/0: no generated class is used at target 'GET /nope#returns'");
        assertThat(output).doesNotExist();
        Path pbs = names("pbs", "");
        assertThat(run("--schema", fixture().toString(), "--output", output.toString(), "--names", pbs.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("names.json#/product: expected \"pve\" for this schema");
    }
}
