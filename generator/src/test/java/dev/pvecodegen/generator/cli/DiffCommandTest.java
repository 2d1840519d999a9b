package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String fixture(String name) {
        try {
            return Path.of(DiffCommandTest.class.getResource("/diff/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String... args) {
        return new DiffCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textReportOnFilesExitsZeroWithoutTheFlag() {
        assertThat(run("--old", fixture("old.json"), "--new", fixture("new.json")))
                .isZero();
        assertThat(out())
                .contains(
                        "Operations: 1 added, 0 removed, 1 common",
                        "memory: type changed from integer (16..) to property string `[current=]<integer>`",
                        "on the wire a bare integer is still accepted (as `current`)");
        assertThat(err()).isEmpty();
    }

    @Test
    void failOnBreakingExitsThree() {
        assertThat(run("--old", fixture("old.json"), "--new", fixture("new.json"), "--fail-on-breaking"))
                .isEqualTo(3);
        assertThat(err()).startsWith("diff: 1 breaking change (");
    }

    @Test
    void noBreakingChangeExitsZeroEvenWithTheFlag() {
        assertThat(run("--old", fixture("old.json"), "--new", fixture("old.json"), "--fail-on-breaking"))
                .isZero();
        assertThat(out()).contains("Changes: 0 breaking, 0 additive, 0 neutral");
    }

    @Test
    void jsonFormatWithEqualsSyntaxAndOutputFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("reports/diff.json");
        assertThat(run(
                        "--old=" + fixture("old.json"),
                        "--new=" + fixture("new.json"),
                        "--format=json",
                        "--output",
                        report.toString()))
                .isZero();
        assertThat(out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertThat(json.at("/summary/operations/added").asInt()).isEqualTo(1);
        assertThat(json.get("changes").findValuesAsText("kind")).containsExactly("operation-added", "type-changed");
    }

    @Test
    void markdownFormat() {
        assertThat(run("--format", "markdown", "--old", fixture("old.json"), "--new", fixture("new.json")))
                .isZero();
        assertThat(out())
                .startsWith("# Schema diff: ")
                .contains(
                        "## Breaking changes (1)",
                        "| `POST /nodes/{node}` | `memory` | type changed from integer (16..) to property string");
    }

    @Test
    void usageErrorsExitOne() {
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[] {"--old", fixture("old.json")});
        bad.add(new String[] {"--old", fixture("old.json"), "--new", fixture("new.json"), "--format", "yaml"});
        bad.add(new String[] {"--old", "--new", fixture("new.json")});
        bad.add(new String[] {"--old", fixture("old.json"), "--new", fixture("new.json"), "--fail-on-breaking=1"});
        bad.add(new String[] {"--old", fixture("old.json"), "--new", fixture("new.json"), "--bogus"});
        bad.add(new String[] {"--old", "http://example.invalid/apidoc.js", "--new", fixture("new.json")});
        for (String[] args : bad) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(1);
            assertThat(err()).startsWith("diff: ");
        }
    }

    @Test
    void unreadableSchemasExitTwoAndReportBoth(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"path\": 3}]");
        Path missing = dir.resolve("missing.json");
        assertThat(run("--old", broken.toString(), "--new", missing.toString())).isEqualTo(2);
        assertThat(err()).contains("broken.json").contains("missing.json");
        assertThat(out()).isEmpty();
    }

    @Test
    void aSupplementEntryANewerSchemaDeclaresIsReportedAsNeutral(@TempDir Path dir) throws Exception {
        String schema = """
                [{"path": "/version", "text": "version", "leaf": 1, "info": {"GET": {"method": "GET",
                  "name": "version", "description": "Version.", "parameters": {"additionalProperties": 0},
                  "returns": {"type": "object", "properties": {"version": {"type": "string"}%s}}}}}]""";
        Path old = Files.writeString(dir.resolve("old.json"), schema.formatted(""));
        Path current = Files.writeString(
                dir.resolve("new.json"), schema.formatted(", \"release\": {\"type\": \"string\", \"optional\": 1}"));
        Path mine = Files.writeString(dir.resolve("mine.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [
                  {"id": "release", "target": {"method": "GET", "path": "/version", "in": "returns"},
                   "properties": {"release": {"type": "string"}}, "reason": "r", "evidence": ["e"],
                   "versions": ["9"]}]}""");

        assertThat(run(
                        "--old",
                        old.toString(),
                        "--new",
                        current.toString(),
                        "--no-supplement",
                        "--supplement",
                        mine.toString(),
                        "--fail-on-breaking"))
                .isZero();
        assertThat(out())
                .contains("supplement entry mine.json#release (properties) is now declared by the schema")
                .doesNotContain("release: added");
        assertThat(run("--old", old.toString(), "--new", current.toString(), "--no-supplement"))
                .isZero();
        assertThat(out()).contains("release");
    }

    @Test
    void aNameOfASupplementThatNamesNothingExitsTwo(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.json"), """
                {"format": "pvecodegen-supplement/1", "product": "pve", "entries": [],
                 "names": [{"target": "GET /nope#returns", "name": "Nope", "reason": ""}]}""");
        assertThat(run("--old", fixture("old.json"), "--new", fixture("new.json"), "--supplement", mine.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("mine.json#/names/0: no generated class is used at target 'GET /nope#returns'");
    }

    @Test
    void mainDispatchesToDiff() {
        int status = Main.run(
                new String[] {"diff", "--old", fixture("old.json"), "--new", fixture("new.json"), "--fail-on-breaking"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Command.BREAKING);
        assertThat(out()).startsWith("Schema diff: ");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("--fail-on-breaking", "exit codes");
    }
}
