package dev.pvecodegen.examples;

import static dev.pvecodegen.examples.Simulators.TOKEN_ID;
import static dev.pvecodegen.examples.Simulators.TOKEN_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.TransportException;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.testkit.PveSimulatorTest;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the generated client decides to trust the simulator's self-signed certificate, as on a fresh PVE node. */
@PveSimulatorTest(setup = Simulators.E2eToken.class)
class TlsE2eTest {
    private static PveSimulator simulator;
    private static String host;

    @BeforeAll
    static void start(PveSimulator started) {
        simulator = started;
        host = simulator.baseUri().getAuthority();
    }

    private static PveClient.Builder client() {
        return PveClient.builder()
                .host(host)
                .apiToken(TOKEN_ID, TOKEN_SECRET)
                .noRetries()
                .connectTimeout(Duration.ofSeconds(5));
    }

    private static String versionThrough(PveClient client) {
        try (client) {
            return new Pve(client).version().get().version();
        }
    }

    @Test
    void thePinnedFingerprintIsAccepted() {
        assertThat(versionThrough(client().fingerprint(simulator.certificateSha256Fingerprint())
                        .build()))
                .isNotBlank();
    }

    @Test
    void fingerprintsAreAcceptedInTheSpellingsUsersCopy() {
        String lowerWithoutColons =
                simulator.certificateSha256Fingerprint().replace(":", "").toLowerCase(Locale.ROOT);

        assertThat(versionThrough(client().fingerprint(lowerWithoutColons).build()))
                .isNotBlank();
    }

    @Test
    void aFingerprintPinnedForThisHostIsAccepted() {
        assertThat(versionThrough(client().fingerprint(host, simulator.certificateSha256Fingerprint())
                        .build()))
                .isNotBlank();
    }

    @Test
    void anotherFingerprintIsRefusedBeforeAnyCredentialIsSent() {
        String other = "AB:".repeat(31) + "AB";

        assertThatThrownBy(() -> versionThrough(client().fingerprint(other).build()))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.mayHaveReachedServer()).isFalse();
                    assertThat(e.host()).isEqualTo(host);
                })
                .hasMessageContaining("TLS")
                .message()
                .doesNotContain(TOKEN_SECRET);
    }

    @Test
    void withoutPinOrCaTheSelfSignedCertificateIsRefusedAndTheMessageSaysWhatToDo() {
        assertThatThrownBy(() -> versionThrough(client().build()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("fingerprint(");
    }

    @Test
    void theNodeCertificateAsCustomCaIsAccepted() throws CertificateEncodingException {
        X509Certificate certificate = simulator.certificate().orElseThrow();
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";

        assertThat(versionThrough(client().caCertificatePem(pem).build())).isNotBlank();
    }

    @Test
    void insecureIsTheExplicitOptOut() {
        assertThat(versionThrough(client().insecure().build())).isNotBlank();
    }

    @Test
    void insecureTogetherWithAPinIsRejectedAsContradictory() {
        assertThatThrownBy(() -> client().insecure()
                        .fingerprint(simulator.certificateSha256Fingerprint())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("insecure");
    }
}
