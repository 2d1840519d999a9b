package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorFingerprintTest {

    @Test
    void startsWithThePluginVersionAndDigestsTheCode() {
        FileDigests digests = new FileDigests(Map.of());
        String fingerprint = GeneratorFingerprint.of(List.of(GeneratorFingerprintTest.class, Test.class), digests);

        assertThat(GeneratorFingerprint.pluginVersion()).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(fingerprint).startsWith(GeneratorFingerprint.pluginVersion() + " ");
        // one digest per distinct code location: the test classes directory and the JUnit jar
        assertThat(fingerprint.split(" ")).hasSize(3);
        assertThat(GeneratorFingerprint.of(List.of(Test.class, GeneratorFingerprintTest.class), digests))
                .isEqualTo(fingerprint);
        // the JUnit jar's digest is recorded for the next run; the class directory is always hashed afresh
        assertThat(digests.used())
                .hasSize(1)
                .allSatisfy((path, entry) -> assertThat(path).endsWith(".jar"));
    }
}
