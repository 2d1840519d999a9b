package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorFingerprintTest {

    @Test
    void startsWithThePluginVersionAndDigestsTheCode() {
        String fingerprint = GeneratorFingerprint.of(List.of(GeneratorFingerprintTest.class, Test.class));

        assertThat(GeneratorFingerprint.pluginVersion()).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(fingerprint).startsWith(GeneratorFingerprint.pluginVersion() + " ");
        // one digest per distinct code location: the test classes directory and the JUnit jar
        assertThat(fingerprint.split(" ")).hasSize(3);
        assertThat(GeneratorFingerprint.of(List.of(Test.class, GeneratorFingerprintTest.class))).isEqualTo(fingerprint);
    }
}
