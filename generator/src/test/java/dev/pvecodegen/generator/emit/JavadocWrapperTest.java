package dev.pvecodegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocWrapperTest {
    private static final String LONG_TEXT = "word ".repeat(30).strip();

    @Test
    void wrapsLongJavadocLinesAtSpacesAndLeavesCodeAlone() {
        String code = "    String s = \"" + "x".repeat(130) + "\";";
        String source = "class A {\n    /**\n     * " + LONG_TEXT + "\n     */\n" + code + "\n}";

        String wrapped = JavadocWrapper.wrap(source);

        assertThat(wrapped.lines()).allSatisfy(line -> {
            if (line.stripLeading().startsWith("*")) {
                assertThat(line.length()).isLessThanOrEqualTo(JavadocWrapper.WIDTH);
            }
        });
        assertThat(wrapped)
                .contains("\n     * word word")
                .contains("\n" + code + "\n")
                .endsWith("\n}");
        assertThat(wrapped.replaceAll("\\s*\\n\\s*\\* ", " ")).contains(LONG_TEXT);
    }

    @Test
    void neverBreaksInsideAnInlineTagAndIndentsBlockTagContinuations() {
        String tag = "{@code " + "a b ".repeat(40).strip() + "}";
        String source = "/**\n * @param x " + LONG_TEXT + " " + tag + "\n */\nint x;";

        String wrapped = JavadocWrapper.wrap(source);

        assertThat(wrapped).contains(tag).contains("\n *     word");
        assertThat(wrapped).endsWith(" */\nint x;");
    }

    @Test
    void aLongLineAfterTheCommentEndedIsNotWrapped() {
        String after = "        * " + LONG_TEXT; // a continued multiplication, say
        String source = "/** Short. */\n" + after + "\n";

        assertThat(JavadocWrapper.wrap(source)).isEqualTo(source);
    }
}
