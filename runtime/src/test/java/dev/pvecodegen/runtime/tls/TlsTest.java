package dev.pvecodegen.runtime.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.TransportException;
import dev.pvecodegen.runtime.testing.Clients;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.LogCapture;
import dev.pvecodegen.runtime.testing.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsTest {
    private static final ApiRequest VERSION =
            ApiRequest.builder(HttpVerb.GET, "/version").build();

    /** A fresh node with a self-signed certificate, as before it joins a cluster. */
    private final FakeProxmox selfSigned = new FakeProxmox(TestCertificates.selfSigned("localhost", "127.0.0.1"))
            .on("GET /version", r -> Reply.ok("{\"version\":\"9.2\"}"));
    /** A node with a certificate from the cluster CA. */
    private final FakeProxmox clustered =
            FakeProxmox.start().on("GET /version", r -> Reply.ok("{\"version\":\"9.2\"}"));

    @AfterEach
    void close() {
        selfSigned.close();
        clustered.close();
    }

    private static PveClient.Builder client(String host) {
        return PveClient.builder()
                .host(host)
                .apiToken(Clients.TOKEN_ID, Clients.TOKEN_SECRET)
                .noRetries();
    }

    private static String versionOf(PveClient.Builder builder) {
        try (PveClient client = builder.build()) {
            return client.execute(VERSION, JsonNode.class).get("version").asText();
        }
    }

    @Test
    void theJvmTrustStoreRejectsAPrivateCaWithAHelpfulMessage() {
        assertThatThrownBy(() -> versionOf(client(selfSigned.host())))
                .isInstanceOfSatisfying(
                        TransportException.class,
                        e -> assertThat(e.mayHaveReachedServer()).isFalse())
                .hasMessageContaining("TLS")
                .hasMessageContaining("caCertificate")
                .hasMessageContaining("fingerprint");
        assertThat(selfSigned.requests()).isEmpty();
    }

    @Test
    void aPinnedFingerprintIsAccepted() {
        String pin = Fingerprint.of(selfSigned.identity().certificate());
        assertThat(versionOf(client(selfSigned.host()).fingerprint(pin))).isEqualTo("9.2");
        assertThat(versionOf(client(selfSigned.host())
                        .fingerprint(pin.toLowerCase(Locale.ROOT).replace(":", ""))))
                .isEqualTo("9.2");
    }

    @Test
    void aWrongFingerprintIsRejectedNamingBothFingerprints() {
        String actual = Fingerprint.of(selfSigned.identity().certificate());
        String other = Fingerprint.of(clustered.identity().certificate());

        assertThatThrownBy(() -> versionOf(client(selfSigned.host()).fingerprint(other)))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining(actual)
                .hasMessageContaining("not pinned");
        assertThat(selfSigned.requests()).isEmpty();
    }

    @Test
    void pinsArePerHost() {
        String pinA = Fingerprint.of(selfSigned.identity().certificate());
        String pinB = Fingerprint.of(clustered.identity().certificate());
        PveClient.Builder builder = client(selfSigned.host())
                .hosts(selfSigned.host(), clustered.host())
                .fingerprint(selfSigned.host(), pinA)
                .fingerprint(clustered.host(), pinB);
        assertThat(versionOf(builder)).isEqualTo("9.2");

        // Swapped pins: the first host is refused (connection phase), so the client moves on to the second,
        // which is refused as well.
        PveClient.Builder swapped = client(selfSigned.host())
                .hosts(selfSigned.host(), clustered.host())
                .fingerprint(selfSigned.host(), pinB)
                .fingerprint(clustered.host(), pinA);
        assertThatThrownBy(() -> versionOf(swapped))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining(selfSigned.host())
                .hasMessageContaining(clustered.host());
    }

    @Test
    void theClusterCaFromAPemFileIsTrustedWithHostNameVerification(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("pve-root-ca.pem");
        Files.writeString(pem, TestCertificates.CA.caPem());

        assertThat(versionOf(client(clustered.host()).caCertificate(pem))).isEqualTo("9.2");
        assertThat(versionOf(client("localhost:" + clustered.port()).caCertificatePem(TestCertificates.CA.caPem())))
                .isEqualTo("9.2");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("cluster-ca", TestCertificates.CA.caCertificate());
        assertThat(versionOf(client(clustered.host()).trustStore(store))).isEqualTo("9.2");
        // The CA does not vouch for a certificate it did not sign.
        assertThatThrownBy(() -> versionOf(client(selfSigned.host()).caCertificate(pem)))
                .isInstanceOf(TransportException.class);
    }

    @Test
    void theCaDoesNotCoverAHostNameMissingFromTheCertificate() {
        try (FakeProxmox misnamed = new FakeProxmox(TestCertificates.CA.issue("pve9.example.org"))) {
            misnamed.on("GET /version", r -> Reply.ok("{}"));
            assertThatThrownBy(() -> versionOf(client(misnamed.host()).caCertificatePem(TestCertificates.CA.caPem())))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("TLS");
            assertThat(misnamed.requests()).isEmpty();
        }
    }

    @Test
    void insecureTrustsAnythingAndSaysSoLoudlyOnce() {
        try (LogCapture logs = LogCapture.start()) {
            try (PveClient client = client(selfSigned.host()).insecure().build()) {
                client.execute(VERSION, JsonNode.class);
                client.execute(VERSION, JsonNode.class);
            }
            assertThat(logs.messages()).filteredOn(m -> m.contains("DISABLED")).hasSize(1);
        }
        assertThatThrownBy(() -> client(selfSigned.host())
                        .insecure()
                        .fingerprint(Fingerprint.of(selfSigned.identity().certificate()))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("insecure()");
    }

    @Test
    void fingerprintsAreNormalisedAndValidated() {
        String pin = Fingerprint.of(selfSigned.identity().certificate());
        assertThat(Fingerprint.normalize(pin.toLowerCase(Locale.ROOT))).isEqualTo(pin);
        assertThat(Fingerprint.normalize("SHA256:" + pin.replace(":", ""))).isEqualTo(pin);
        assertThatThrownBy(() -> Fingerprint.normalize("AB:CD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> client(selfSigned.host())
                        .fingerprint("elsewhere:8006", pin)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("elsewhere:8006");
    }
}
