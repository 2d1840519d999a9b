package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Main#causedByMemory}: with a small heap the memory may run out inside a class initializer (Jackson's, in
 * the model builder's thread), and the JVM reports it later as a {@code NoClassDefFoundError} whose cause only names
 * the {@code OutOfMemoryError} (what made {@code CliProcessTest}'s out-of-memory case fail now and then).
 */
class OutOfMemoryCauseTest {

    @Test
    void aClassWhoseInitializerRanOutOfMemoryIsOutOfMemory() {
        NoClassDefFoundError later = new NoClassDefFoundError(
                "Could not initialize class com.fasterxml.jackson.databind.node.InternalNodeMapper");
        later.initCause(new ExceptionInInitializerError(
                "Exception java.lang.OutOfMemoryError: Java heap space [in thread \"pvecodegen-model-builder\"]"));

        assertThat(Main.causedByMemory(later)).isTrue();
        assertThat(Main.causedByMemory(new IllegalStateException("x", new OutOfMemoryError())))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Main.causedByMemory(new NoClassDefFoundError("com/example/Missing")))
                .isFalse();
        assertThat(Main.causedByMemory(new IllegalStateException("boom"))).isFalse();
    }
}
