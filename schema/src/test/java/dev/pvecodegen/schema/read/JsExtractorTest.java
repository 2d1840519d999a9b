package dev.pvecodegen.schema.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsExtractorTest {

    @Test
    void pveConstArrayEndingOnItsOwnLine() {
        String js = "const apiSchema = [\n  {\"path\": \"/a\"}\n]\n;\nlet x = [1, 2];\n";
        assertThat(JsExtractor.extract(js)).contains("[\n  {\"path\": \"/a\"}\n]");
    }

    @Test
    void pbsVarArrayFollowedByViewerCode() {
        String js = "var apiSchema = [{\"path\":\"/\"}];\nExt.onReady(function() { return [\"]\"]; });";
        assertThat(JsExtractor.extract(js)).contains("[{\"path\":\"/\"}]");
    }

    @Test
    void bracketsAndEscapedQuotesInsideStringsAreSkipped() {
        String js = "const apiSchema = [{\"d\": \"a ] \\\" ] [ \\\\\"}, [\"]\"]] ; [oops]";
        assertThat(JsExtractor.extract(js)).contains("[{\"d\": \"a ] \\\" ] [ \\\\\"}, [\"]\"]]");
    }

    @Test
    void noAssignment() {
        assertThat(JsExtractor.extract("let other = [1];")).isEmpty();
    }

    @Test
    void truncatedArrayOrString() {
        assertThatThrownBy(() -> JsExtractor.extract("const apiSchema = [{\"a\": [1, 2]}"))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> JsExtractor.extract("const apiSchema = [\"abc"))
                .hasMessageContaining("never closed");
    }

    @Test
    void deepNestingIsLinearNotRecursive() {
        String js = "var apiSchema = " + "[".repeat(100_000) + "]".repeat(100_000) + ";";
        assertThat(JsExtractor.extract(js))
                .hasValueSatisfying(a -> assertThat(a).hasSize(200_000));
    }

    @Test
    void jsonDetection() {
        assertThat(JsExtractor.looksLikeJson("\uFEFF  [1]")).isTrue();
        assertThat(JsExtractor.looksLikeJson("const apiSchema = [")).isFalse();
        assertThat(JsExtractor.looksLikeJson("   ")).isFalse();
    }
}
