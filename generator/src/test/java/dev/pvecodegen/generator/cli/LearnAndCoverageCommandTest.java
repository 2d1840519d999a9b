package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code learn} and {@code coverage} on the {@code basics} fixture, with answers in both forms (a recording of the
 * runtime and a plain corpus file) and files that cannot be read: the loop learn, then coverage with the learned
 * supplement, and the exit codes.
 */
class LearnAndCoverageCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private Path schema;
    private Path answers;

    @BeforeEach
    void answersInBothFormsAndABadFile() throws Exception {
        schema = Fixtures.copy("basics", temp);
        answers = Files.createDirectories(temp.resolve("answers"));
        Files.writeString(answers.resolve("000001-GET-nodes.json"), """
                {"format": "pvecodegen-answer/1", "method": "GET", "path": "/nodes", "pathTemplate": "/nodes",
                 "params": {}, "status": 200, "version": "9.2.0", "time": "2026-01-01T00:00:00Z",
                 "source": "recorded by the pvecodegen runtime", "kind": "recorded", "redacted": [],
                 "data": [{"node": "pve1", "status": "online", "uplink": "vmbr0"}]}""");
        Files.writeString(answers.resolve("corpus.json"), """
                [{"method": "GET", "path": "/version", "version": "9.1", "source": "a test",
                  "data": {"version": "9.1.4", "release": "9.1", "repoid": "abc", "plugin": "acme"}},
                 {"method": "GET", "path": "/elsewhere", "data": {}}]""");
        Files.writeString(answers.resolve("broken.json"), "{not json");
        Files.writeString(answers.resolve("other.json"), "{\"format\": \"something/2\", \"method\": \"GET\"}");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
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
    void learnWritesASupplementAfterWhichCoverageFindsNothingRaw() throws Exception {
        assertThat(run("coverage", "--schema", schema.toString(), "--answers", answers.toString()))
                .as(err())
                .isZero();
        assertThat(out())
                .contains("    raw: /*/uplink")
                .contains("    raw: /plugin")
                .contains("overall: 0 of 2 answers fully typed (0.0 %), 5 of 7 fields typed (71.4 %), 2 raw, 0 lost"
                        + " (3 answers read, 1 unmatched)");
        assertThat(err())
                .contains("skipped " + answers.resolve("broken.json") + ": not JSON")
                .contains("skipped " + answers.resolve("other.json") + ": a recording of format 'something/2'")
                .contains("no operation matches " + answers.resolve("corpus.json") + "[1]: GET /elsewhere");

        Path learned = temp.resolve("out/learned.supplement.json");
        assertThat(run(
                        "learn",
                        "--schema",
                        schema.toString(),
                        "--answers",
                        answers.toString(),
                        "--output",
                        learned.toString()))
                .as(err())
                .isZero();
        assertThat(out()).contains("2 entries typing 2 fields from 3 answers (1 unmatched, 2 files or entries skipped");
        assertThat(Files.readString(learned))
                .contains("\"id\" : \"get-nodes-items\"")
                .contains("\"uplink: string, in 1 recorded answer, server versions 9.2.0\"")
                .contains("\"id\" : \"get-version\"");

        assertThat(run(
                        "coverage",
                        "--schema",
                        schema.toString(),
                        "--supplement",
                        learned.toString(),
                        "--answers",
                        answers.toString()))
                .as(err())
                .isZero();
        assertThat(out())
                .contains("overall: 2 of 2 answers fully typed (100.0 %), 7 of 7 fields typed (100.0 %), 0 raw");
    }

    @Test
    void learnIsDeterministic() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        run("learn", "--schema", schema.toString(), "--answers", answers.toString(), "--output", first.toString());
        run("learn", "--schema", schema.toString(), "--answers", answers.toString(), "--output", second.toString());

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void coverageFailsWhenAFieldIsLost() throws Exception {
        // the schema says PUT …/config returns null: the client generated from it discards the data
        Path lossy = Files.writeString(temp.resolve("lossy.json"), """
                [{"method": "PUT", "path": "/nodes/pve1/qemu/100/config", "data": {"applied": 3}}]""");

        assertThat(run("coverage", "--schema", schema.toString(), "--answers", lossy.toString()))
                .isEqualTo(Command.LOST);
        assertThat(out()).contains("    lost: (the whole answer)");
    }

    @Test
    void usageAndBadInput() throws Exception {
        assertThat(run("learn", "--schema", schema.toString(), "--answers", answers.toString()))
                .isEqualTo(Command.USAGE);
        assertThat(err()).contains("--output is required");
        assertThat(run("coverage", "--schema", schema.toString())).isEqualTo(Command.USAGE);
        assertThat(err()).contains("--answers is required");
        assertThat(run("coverage", "--schema", schema.toString(), "--answers", answers.toString(), "--output", "x"))
                .isEqualTo(Command.USAGE);

        Path broken = Files.writeString(temp.resolve("broken-schema.json"), "[{\"path\": 1}]");
        assertThat(run("coverage", "--schema", broken.toString(), "--answers", answers.toString()))
                .isEqualTo(Command.BAD_INPUT);
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(run("learn", "--schema", schema.toString(), "--answers", empty.toString(), "--output", "x.json"))
                .isEqualTo(Command.BAD_INPUT);
        assertThat(err()).contains("no answer could be read");
    }

    @Test
    void helpDescribesEveryOption() {
        assertThat(run("help", "learn")).isZero();
        assertThat(out())
                .startsWith("usage: pvecodegen learn ")
                .contains("  --schema ", "  --answers ", "  --supplement ", "  --no-supplement ", "  --output ");
        assertThat(run("coverage", "--help")).isZero();
        assertThat(out()).contains("  --answers ", "Exit codes: 0 nothing lost");
    }
}
