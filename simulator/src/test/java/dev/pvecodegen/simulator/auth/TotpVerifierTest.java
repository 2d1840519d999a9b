package dev.pvecodegen.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpVerifierTest {
    /** RFC 6238 appendix B, SHA-1 seed "12345678901234567890", last six of the eight digits. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void matchesTheRfcTestVectors() {
        assertThat(TotpVerifier.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(TotpVerifier.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
        assertThat(TotpVerifier.code(RFC_SECRET, Instant.ofEpochSecond(2000000000)))
                .isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftAndNothingElse() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        assertThat(TotpVerifier.verify(RFC_SECRET, TotpVerifier.code(RFC_SECRET, now.minusSeconds(30)), now))
                .isTrue();
        assertThat(TotpVerifier.verify(RFC_SECRET, TotpVerifier.code(RFC_SECRET, now.plusSeconds(30)), now))
                .isTrue();
        assertThat(TotpVerifier.verify(RFC_SECRET, TotpVerifier.code(RFC_SECRET, now.minusSeconds(90)), now))
                .isFalse();
        assertThat(TotpVerifier.verify(RFC_SECRET, "12345", now)).isFalse();
        assertThat(TotpVerifier.verify(RFC_SECRET, null, now)).isFalse();
    }
}
