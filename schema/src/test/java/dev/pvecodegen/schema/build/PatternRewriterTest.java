package dev.pvecodegen.schema.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.Dialect;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One test per rewrite of the format reference §4. */
class PatternRewriterTest {

    private static String rewrite(String raw, Dialect dialect) {
        StringBuilder failure = new StringBuilder();
        Optional<String> result = PatternRewriter.rewrite(raw, dialect, failure);
        assertThat(failure).isEmpty();
        return result.orElseThrow();
    }

    @Test
    void perlStringifiedQrGroups() {
        assertThat(rewrite("(?^:[a-z]+)", Dialect.PVE)).isEqualTo("(?:[a-z]+)");
        assertThat(rewrite("(?^i:abc)", Dialect.PVE)).isEqualTo("(?i:abc)");
        assertThat(rewrite("(?^u:x)", Dialect.PVE)).isEqualTo("(?:x)");
        assertThat(Pattern.compile(rewrite("(?^i:abc)", Dialect.PVE))
                        .matcher("ABC")
                        .matches())
                .isTrue();
    }

    @Test
    void openLowerBoundRepetition() {
        assertThat(rewrite("[a-z]{,16}", Dialect.PVE)).isEqualTo("[a-z]{0,16}");
        assertThat(rewrite("a{2,3}", Dialect.PVE)).isEqualTo("a{2,3}");
    }

    @Test
    void nulEscape() {
        String rewritten = rewrite("(?:\\0\\w+=[^\\0]*)*", Dialect.PVE);
        assertThat(rewritten).isEqualTo("(?:\\x00\\w+=[^\\x00]*)*");
        // An escaped backslash followed by 0 is a literal backslash and digit, left alone.
        assertThat(rewrite("\\\\0", Dialect.PVE)).isEqualTo("\\\\0");
    }

    @Test
    void pythonNamedGroups() {
        String rewritten = rewrite("/^UPID:(?P<node>[a-z]+):(?P<task_id>[0-9]{8}):(?P=node)$/", Dialect.PBS);
        assertThat(rewritten).isEqualTo("^UPID:(?<node>[a-z]+):(?<taskid>[0-9]{8}):\\k<node>$");
        assertThat(PatternRewriter.groupName("9lives")).isEqualTo("g9lives");
    }

    @Test
    void posixBracketClasses() {
        assertThat(rewrite("/^[^\\s:/[:cntrl:]]+$/", Dialect.PBS)).isEqualTo("^[^\\s:/\\p{Cntrl}]+$");
        assertThat(rewrite("/(?m)^([[:^cntrl:]]*)$/", Dialect.PBS)).isEqualTo("(?m)^([\\P{Cntrl}]*)$");
    }

    @Test
    void slashesAreStrippedOnlyInThePbsDialect() {
        assertThat(rewrite("/dev/parport\\d+|/dev/usb/lp\\d+", Dialect.PVE)).startsWith("/dev/");
        assertThat(rewrite("/^a$/", Dialect.PBS)).isEqualTo("^a$");
        assertThat(rewrite("/dev/x/", Dialect.PVE)).isEqualTo("/dev/x/");
    }

    @Test
    void uncompilablePatternsAreReported() {
        StringBuilder failure = new StringBuilder();
        assertThat(PatternRewriter.rewrite("(unclosed", Dialect.PVE, failure)).isEmpty();
        assertThat(failure.toString()).contains("(unclosed");
    }
}
