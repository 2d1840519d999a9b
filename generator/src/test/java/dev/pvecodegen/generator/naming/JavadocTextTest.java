package dev.pvecodegen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTextTest {

    @Test
    void commentTerminatorsCannotEscape() {
        assertThat(JavadocText.escape("a */ b /* c"))
                .isEqualTo("a &#42;/ b &#47;* c")
                .doesNotContain("*/");
    }

    @Test
    void unicodeEscapesAreNeutralised() {
        assertThat(JavadocText.escape("\\u002A/")).isEqualTo("&#92;u002A/").doesNotContain("\\");
    }

    @Test
    void htmlAndTagsAreEscaped() {
        assertThat(JavadocText.escape("<b>x</b> & @param {@link y}"))
                .isEqualTo("&lt;b&gt;x&lt;/b&gt; &amp; &#64;param &#123;&#64;link y&#125;");
    }

    @Test
    void blankLinesBecomeParagraphsAndControlCharactersSpaces() {
        assertThat(JavadocText.sanitize("first\n\nsecond\u0007")).isEqualTo("first\n<p>\nsecond ");
    }

    @Test
    void emptyCodeIsVisible() {
        assertThat(JavadocText.code("")).isEqualTo("<code>\"\"</code>");
        assertThat(JavadocText.code("/nodes/{node}")).isEqualTo("<code>/nodes/&#123;node&#125;</code>");
    }
}
