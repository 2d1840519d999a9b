package dev.pvecodegen.generator.diff;

import static dev.pvecodegen.generator.diff.Fixtures.enumOf;
import static dev.pvecodegen.generator.diff.Fixtures.model;
import static dev.pvecodegen.generator.diff.Fixtures.nothing;
import static dev.pvecodegen.generator.diff.Fixtures.op;
import static dev.pvecodegen.generator.diff.Fixtures.param;
import static dev.pvecodegen.generator.diff.Fixtures.upid;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;
import static dev.pvecodegen.schema.model.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    private static final DiffReport REPORT = SchemaDiff.compare(
            model(
                    "pve-old",
                    op(GET, "/gone", nothing()),
                    op(PUT, "/vm/{vmid}/resize", nothing()),
                    op(POST, "/x", nothing(), param("mode", enumOf("a|b", "c"), true)),
                    op(POST, "/y", nothing(), param("mode", enumOf("a|b", "c"), true))),
            model(
                    "pve-new",
                    op(PUT, "/vm/{vmid}/resize", upid()),
                    op(GET, "/new", nothing()),
                    op(POST, "/x", nothing(), param("mode", enumOf("c", "d"), true)),
                    op(POST, "/y", nothing(), param("mode", enumOf("c"), true))));

    @Test
    void textReportGroupsRecurringChanges() {
        assertThat(ReportFormat.TEXT.render(REPORT)).isEqualTo("""
                Schema diff: pve-old (sha256 0123456789ab) -> pve-new (sha256 0123456789ab)
                Operations: 1 added, 1 removed, 3 common
                Changes: 5 breaking, 2 additive, 0 neutral

                Breaking changes (5):
                  GET /gone: operation removed [operation-removed]
                    -> the generated method disappears: code calling it no longer compiles
                  returns: return type changed from nothing to task id (UPID) [return-type-changed]
                    -> the operation now runs as a task: the method returns a task handle (UPID) to await \
                instead of nothing, and the work is not finished when the call returns
                    in PUT /vm/{vmid}/resize
                  mode: enum value removed: `a|b` [enum-values-removed]
                    -> the constants disappear from the generated enum and the server rejects these values
                    in 2 operations: POST /x, POST /y
                  request/mode: class `XMode` is now `YMode` [class-renamed]
                    -> code naming `XMode` no longer compiles; use `YMode`
                    in POST /y

                Additive changes (2):
                  GET /new: operation added [operation-added]
                    -> new method on the generated client
                  mode: enum value added: `d` [enum-values-added]
                    -> new constants in the generated enum
                    in POST /x
                """);
    }

    @Test
    void markdownReportHasSummaryAndEscapedTables() {
        String md = ReportFormat.MARKDOWN.render(REPORT);
        assertThat(md).startsWith("# Schema diff: pve-old (sha256 0123456789ab) → pve-new (sha256 0123456789ab)\n");
        assertThat(md).contains("""
                        | operations added | 1 |
                        | operations removed | 1 |
                        | operations in both | 3 |
                        | breaking changes | 5 |
                        | additive changes | 2 |
                        | neutral changes | 0 |
                        """);
        assertThat(md)
                .contains("| change kind | breaking | additive | neutral |\n")
                .contains("| enum-values-added | 0 | 1 | 0 |\n| enum-values-removed | 2 | 0 | 0 |\n");
        assertThat(md).contains("## Breaking changes (5)\n\n| operation | element | change | consequence |\n");
        assertThat(md)
                .contains("| `POST /x`<br>`POST /y` | `mode` | enum value removed: `a\\|b` | the constants "
                        + "disappear");
        assertThat(md).contains("| `GET /gone` | - | operation removed |");
        assertThat(md).doesNotContain("Neutral changes");
        // Every table row has the same number of unescaped cell separators as its header.
        md.lines()
                .filter(l -> l.startsWith("| `"))
                .forEach(line -> assertThat(line.replace("\\|", "")
                                .chars()
                                .filter(c -> c == '|')
                                .count())
                        .isEqualTo(5));
    }

    @Test
    void jsonReportCarriesSummaryAndEveryChange() throws Exception {
        String json = ReportFormat.JSON.render(REPORT);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("old").get("name").asText()).isEqualTo("pve-old");
        assertThat(root.get("breaking").asBoolean()).isTrue();
        assertThat(root.at("/summary/operations/added").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/operations/removed").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/operations/common").asInt()).isEqualTo(3);
        assertThat(root.at("/summary/changes/breaking").asInt()).isEqualTo(5);
        assertThat(root.at("/summary/kinds/return-type-changed").asInt()).isEqualTo(1);
        assertThat(root.get("changes")).hasSize(7);
        assertThat(root.get("changes").findValuesAsText("path"))
                .containsExactly("/gone", "/new", "/vm/{vmid}/resize", "/x", "/x", "/y", "/y");
        JsonNode resize = root.get("changes").get(2);
        assertThat(resize.get("severity").asText()).isEqualTo("breaking");
        assertThat(resize.get("kind").asText()).isEqualTo("return-type-changed");
        assertThat(resize.get("method").asText()).isEqualTo("PUT");
        assertThat(resize.get("path").asText()).isEqualTo("/vm/{vmid}/resize");
        assertThat(resize.get("element").asText()).isEqualTo("returns");
        assertThat(json).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void formatsParseByName() {
        assertThat(ReportFormat.parse("text")).contains(ReportFormat.TEXT);
        assertThat(ReportFormat.parse("Markdown")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse("md")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse("JSON")).contains(ReportFormat.JSON);
        assertThat(ReportFormat.parse("yaml")).isEmpty();
    }
}
