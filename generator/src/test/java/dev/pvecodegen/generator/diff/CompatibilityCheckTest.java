package dev.pvecodegen.generator.diff;

import static dev.pvecodegen.generator.diff.Fixtures.enumOf;
import static dev.pvecodegen.generator.diff.Fixtures.model;
import static dev.pvecodegen.generator.diff.Fixtures.nothing;
import static dev.pvecodegen.generator.diff.Fixtures.op;
import static dev.pvecodegen.generator.diff.Fixtures.param;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompatibilityCheckTest {

    private static String fixture(String name) {
        try {
            return Path.of(CompatibilityCheckTest.class
                            .getResource("/diff/" + name)
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void breakingLinesListEachChangeOnceWithItsOperations() {
        CompatibilityCheck.Result result = CompatibilityCheck.run(
                model(
                        "a",
                        op(GET, "/gone", nothing()),
                        op(POST, "/x", nothing(), param("m", enumOf("a", "b"), true)),
                        op(POST, "/y", nothing(), param("m", enumOf("a", "b"), true))),
                model(
                        "b",
                        op(POST, "/x", nothing(), param("m", enumOf("a"), true)),
                        op(POST, "/y", nothing(), param("m", enumOf("a"), true))),
                ReportFormat.JSON);
        assertThat(result.breaking()).isTrue();
        assertThat(result.breakingCount()).isEqualTo(3);
        assertThat(result.breakingLines())
                .containsExactly(
                        "GET /gone: operation removed", "2 operations: POST /x, POST /y › m: enum value removed: `b`");
        assertThat(result.summary())
                .isEqualTo("a -> b: 0 operations added, 1 removed; 3 breaking, 0 additive, " + "0 neutral changes");
        assertThat(result.rendered()).startsWith("{");
    }

    @Test
    void reportNamesSchemasAsConfigured() throws SchemaException {
        CompatibilityCheck.Result result = CompatibilityCheck.run(
                fixture("old.json"),
                fixture("new.json"),
                LoadOptions.defaults(),
                ReportFormat.TEXT,
                "baseline.json",
                "current.json");
        assertThat(result.report().oldSource().name()).isEqualTo("baseline.json");
        assertThat(result.report().oldSource().sha256()).hasSize(64);
        assertThat(result.rendered())
                .startsWith("Schema diff: baseline.json (sha256 ")
                .contains(" -> current.json (sha256 ");
    }

    @Test
    void bothLoadFailuresAreReported() {
        assertThatThrownBy(() -> CompatibilityCheck.run(
                        "no-such-old.json", "no-such-new.json", LoadOptions.defaults(), ReportFormat.TEXT))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("no-such-old.json")
                .satisfies(e -> assertThat(e.getSuppressed())
                        .singleElement()
                        .satisfies(other -> assertThat(other.getMessage()).contains("no-such-new.json")));
    }
}
