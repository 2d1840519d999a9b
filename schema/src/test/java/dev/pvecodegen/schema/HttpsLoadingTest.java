package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.read.SchemaFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading from {@code https://} against a local server with a self-signed certificate (made by the JDK's
 * keytool at test time, so no key material is committed).
 */
class HttpsLoadingTest {

    private static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static String fingerprint;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-keystore",
                        keystore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        new String(PASSWORD),
                        "-alias",
                        "server",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-validity",
                        "2")
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        Certificate certificate = store.getCertificate("server");
        fingerprint = HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        byte[] body = Fixtures.bytes("pbs-mini.js");
        server.createContext("/docs/api-viewer/apidoc.js", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // Headers at once, then one byte every 100 ms (minutes for the whole body): a stalled proxy.
        server.createContext("/drip", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException clientGone) {
                // the client gave up, as it should
            }
        });
        // Headers, then silence.
        server.createContext("/stall", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try {
                Thread.sleep(300_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        base = "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static SchemaRef apidoc() {
        return SchemaRef.parse(base + "/docs/api-viewer/apidoc.js");
    }

    @Test
    void selfSignedHostIsRefusedByDefault() {
        assertThatThrownBy(() -> SchemaLoader.load(apidoc(), LoadOptions.defaults()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(SchemaFetcher.UNTRUSTED_CERTIFICATE)
                .as("the library names no option: each caller (CLI, plugin) offers its own")
                .hasMessageNotContaining("insecure");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBodyThatDripsFailsAtTheTotalLimitNamingHostAndLimit() {
        LoadOptions options = LoadOptions.defaults()
                .withInsecureTls(true)
                .withFetchTimeouts(
                        new FetchTimeouts(Duration.ofSeconds(10), Duration.ofMillis(1500), Duration.ofSeconds(10)));
        assertThatThrownBy(() -> SchemaLoader.load(SchemaRef.parse(base + "/drip"), options))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("GET " + base + "/drip")
                .hasMessageContaining("127.0.0.1:" + server.getAddress().getPort())
                .hasMessageContaining("within 1500 ms (the total limit)");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aServerThatGoesSilentFailsAtTheIdleLimit() {
        LoadOptions options = LoadOptions.defaults()
                .withInsecureTls(true)
                .withFetchTimeouts(
                        new FetchTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(50), Duration.ofMillis(700)));
        assertThatThrownBy(() -> SchemaLoader.load(SchemaRef.parse(base + "/stall"), options))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("sent no data for 700 ms (the idle-read limit)");
    }

    @Test
    void pinnedFingerprintIsAccepted() throws SchemaException {
        ApiModel model = SchemaLoader.load(apidoc(), LoadOptions.defaults().withTlsFingerprint(fingerprint));
        assertThat(model.operations()).hasSize(6);
        assertThat(model.source().name()).isEqualTo(base + "/docs/api-viewer/apidoc.js");
        assertThat(model.source().sha256()).isEqualTo(SchemaLoader.sha256(Fixtures.bytes("pbs-mini.js")));
    }

    @Test
    void wrongFingerprintIsRefused() {
        LoadOptions options = LoadOptions.defaults().withTlsFingerprint("AB:".repeat(31) + "AB");
        assertThatThrownBy(() -> SchemaLoader.load(apidoc(), options))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("TLS failure");
    }

    @Test
    void malformedFingerprintIsReported() {
        LoadOptions options = LoadOptions.defaults().withTlsFingerprint("AB:CD");
        assertThatThrownBy(() -> SchemaLoader.load(apidoc(), options))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("64 hex digits");
    }

    @Test
    void insecureOptInAcceptsAnyCertificate() throws SchemaException {
        assertThat(SchemaLoader.load(apidoc(), LoadOptions.defaults().withInsecureTls(true))
                        .operations())
                .hasSize(6);
    }

    @Test
    void expectedChecksumIsVerified() throws SchemaException {
        LoadOptions insecure = LoadOptions.defaults().withInsecureTls(true);
        assertThatThrownBy(() -> SchemaLoader.load(apidoc(), insecure.withExpectedSha256("12".repeat(32))))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("SHA-256 mismatch");
        String sha = SchemaLoader.sha256(Fixtures.bytes("pbs-mini.js"));
        assertThat(SchemaLoader.load(apidoc(), insecure.withExpectedSha256(sha)).operations())
                .hasSize(6);
    }

    @Test
    void httpErrorStatus() {
        LoadOptions insecure = LoadOptions.defaults().withInsecureTls(true);
        assertThatThrownBy(() -> SchemaLoader.load(SchemaRef.parse(base + "/missing"), insecure))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("HTTP 404");
        assertThat(List.of(fingerprint.split(":"))).hasSize(32);
    }
}
