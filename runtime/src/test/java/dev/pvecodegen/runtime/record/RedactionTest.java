package dev.pvecodegen.runtime.record;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.testing.Clients;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of secret the redaction rules know, sent through a recording client in parameters and answers: not one
 * of them may appear in any byte of any recorded file, while the rest of the answers must still be there.
 */
class RedactionTest {
    private static final String TICKET =
            "PVE:root@pam:6B0A643E::c2lnbmF0dXJlLW9mLXRoZS10aWNrZXQtdGhhdC1tdXN0LW5ldmVyLWxlYWs=";
    private static final String SECOND_TICKET = "PVE:alice@pve:6B0A6500::YW5vdGhlci10aWNrZXQtc2lnbmF0dXJlLXRvLWhpZGU=";
    private static final String VNC_TICKET = "PVEVNC:6B0A643E::dm5jLXRpY2tldC1zaWduYXR1cmUtd2hpY2gtaXMtc2VjcmV0";
    private static final String CSRF = "6B0A643E:Y3NyZi10b2tlbi13aGljaC1pcy1zZWNyZXQtdG9vLWFi";
    private static final String NEW_TOKEN_SECRET = "0b9a3e5f-7c1d-4e2a-9f8b-123456789abc";
    private static final String PBS_TOKEN_SECRET = "pbs-regenerated-secret-5150";
    private static final String LOGIN_PASSWORD = "root-login-password-1";
    private static final String NEW_PASSWORD = "hunter2-Very-Secret";
    private static final String CONFIRMATION = "confirm-with-this-7";
    private static final String PRIVATE_KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ";
    private static final String PRIVATE_KEY =
            "-----BEGIN PRIVATE KEY-----\n" + PRIVATE_KEY_BODY + "\n-----END PRIVATE KEY-----\n";
    private static final String SUBSCRIPTION_KEY = "pve2c-0123456789";
    private static final String ACME_DATA = "Q0ZfVG9rZW49Y2xvdWRmbGFyZS1zZWNyZXQ=";
    private static final String COROSYNC_KEY = "c29tZS1jb3Jvc3luYy1hdXRoa2V5LXNlY3JldA==";
    private static final String WEBHOOK_SECRET = "d2ViaG9vay1zZWNyZXQtdmFsdWU=";
    private static final String PROXY_PASSWORD = "proxy-pass-42";
    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final String RECOVERY_KEY = "abcd-efgh-1111-2222";
    private static final String ONE_TIME_CODE = "918273";
    private static final String VNC_PASSWORD = "vnc-password-77";
    private static final String INFLUX_TOKEN = "influx-token-xyz-31337";
    private static final String SMTP_PASSWORD = "smtp-password-8";
    private static final String CLOUD_INIT_PASSWORD = "$5$salted$cloudinitpw";
    private static final String HMAC_KEY = "eab-hmac-key-value-99";
    private static final String YUBICO_API_KEY = "yubico-api-key-2718";
    private static final String ENTRY_PASSWORD = "entry-password-1414";

    private static final List<String> SECRETS = List.of(
            TICKET,
            "c2lnbmF0dXJlLW9mLXRoZS10aWNrZXQtdGhhdC1tdXN0LW5ldmVyLWxlYWs",
            SECOND_TICKET,
            VNC_TICKET,
            CSRF,
            NEW_TOKEN_SECRET,
            PBS_TOKEN_SECRET,
            Clients.TOKEN_SECRET,
            LOGIN_PASSWORD,
            NEW_PASSWORD,
            CONFIRMATION,
            PRIVATE_KEY_BODY,
            SUBSCRIPTION_KEY,
            ACME_DATA,
            COROSYNC_KEY,
            WEBHOOK_SECRET,
            PROXY_PASSWORD,
            TOTP_SECRET,
            RECOVERY_KEY,
            ONE_TIME_CODE,
            VNC_PASSWORD,
            INFLUX_TOKEN,
            SMTP_PASSWORD,
            CLOUD_INIT_PASSWORD,
            HMAC_KEY,
            YUBICO_API_KEY,
            ENTRY_PASSWORD);

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();
    private PveClient client;

    @TempDir
    Path recordings;

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void noSecretReachesAnyRecordedByte() throws IOException {
        client = tokenClient(server, time).recordAnswers(recordings).build();
        answer("GET /version", "{\"version\":\"9.2.0\",\"release\":\"9.2\",\"repoid\":\"abc\"}");
        answer(
                "POST /access/ticket",
                "{\"username\":\"root@pam\",\"ticket\":\"" + TICKET + "\",\"CSRFPreventionToken\":\"" + CSRF
                        + "\",\"clustername\":\"lab\"}");
        answer(
                "POST /access/users/root%40pam/token/ci",
                "{\"full-tokenid\":\"root@pam!ci\",\"info\":{\"privsep\":0,\"comment\":\"made with "
                        + Clients.TOKEN_SECRET + "\"},\"value\":\"" + NEW_TOKEN_SECRET + "\"}");
        answer("PUT /access/users/root%40pam/token/backup", "{\"secret\":\"" + PBS_TOKEN_SECRET + "\"}");
        answer("PUT /access/password", "null");
        answer("POST /nodes/pve1/certificates/custom", "{\"filename\":\"pveproxy-ssl.pem\"}");
        answer(
                "GET /nodes/pve1/subscription",
                "{\"status\":\"active\",\"key\":\"" + SUBSCRIPTION_KEY + "\",\"sockets\":2}");
        answer(
                "GET /cluster/acme/plugins",
                "[{\"plugin\":\"cf\",\"type\":\"dns\",\"api\":\"cf\",\"data\":\"" + ACME_DATA + "\"}]");
        answer(
                "GET /cluster/config/join",
                "{\"config_digest\":\"d1\",\"nodelist\":[{\"name\":\"pve1\",\"pve_fp\":\"AB:CD\"}],"
                        + "\"totem\":{\"cluster_name\":\"lab\"},\"corosync_authkey\":\"" + COROSYNC_KEY
                        + "\",\"corosync_conf\":\"totem {}\"}");
        answer(
                "GET /cluster/notifications/endpoints/webhook",
                "[{\"name\":\"hook\",\"url\":\"https://hooks.example\",\"secret\":[\"name=auth,value=" + WEBHOOK_SECRET
                        + "\"]}]");
        answer(
                "GET /cluster/notifications/endpoints/smtp/mail",
                "{\"name\":\"mail\",\"server\":\"smtp.example\",\"username\":\"mailer\",\"password\":\"" + SMTP_PASSWORD
                        + "\"}");
        answer(
                "GET /cluster/options",
                "{\"keyboard\":\"de\",\"http_proxy\":\"http://proxyuser:" + PROXY_PASSWORD + "@proxy:3128/\"}");
        answer(
                "POST /access/tfa/root%40pam",
                "{\"id\":\"recovery\",\"recovery\":[\"" + RECOVERY_KEY + "\",\"ijkl-mnop-3333-4444\"]}");
        answer(
                "POST /nodes/pve1/qemu/100/vncproxy",
                "{\"port\":\"5900\",\"ticket\":\"" + VNC_TICKET + "\",\"password\":\"" + VNC_PASSWORD
                        + "\",\"user\":\"root@pam\",\"cert\":\"-----BEGIN CERTIFICATE-----\"}");
        answer("POST /cluster/metrics/server/influx", "null");
        answer(
                "GET /nodes/pve1/qemu/100/config",
                "{\"name\":\"web\",\"ciuser\":\"admin\",\"cipassword\":\"" + CLOUD_INIT_PASSWORD
                        + "\",\"description\":\"handed over with " + SECOND_TICKET + "\"}");
        answer("POST /cluster/acme/account", "\"UPID:pve1:0000:0000:6B0A643E:acmeregister:default:root@pam:\"");
        answer(
                "GET /access/domains/lab",
                "{\"type\":\"ldap\",\"tfa\":\"type=yubico,id=42,key=" + YUBICO_API_KEY
                        + ",url=https://api.example\",\"sync-attributes\":\"email=mail\"}");
        answer("PUT /access/domains/lab", "null");

        call(HttpVerb.GET, "/version", Map.of(), Map.of());
        call(
                HttpVerb.POST,
                "/access/ticket",
                Map.of(),
                Map.of("username", "root@pam", "password", LOGIN_PASSWORD, "otp", ONE_TIME_CODE));
        call(
                HttpVerb.POST,
                "/access/users/{userid}/token/{tokenid}",
                Map.of("userid", "root@pam", "tokenid", "ci"),
                Map.of("privsep", "0"));
        call(
                HttpVerb.PUT,
                "/access/users/{userid}/token/{token-name}",
                Map.of("userid", "root@pam", "token-name", "backup"),
                Map.of("regenerate", "1"));
        call(
                HttpVerb.PUT,
                "/access/password",
                Map.of(),
                Map.of("userid", "alice@pve", "password", NEW_PASSWORD, "confirmation-password", CONFIRMATION));
        call(
                HttpVerb.POST,
                "/nodes/{node}/certificates/custom",
                Map.of("node", "pve1"),
                Map.of("certificates", "-----BEGIN CERTIFICATE-----", "key", PRIVATE_KEY));
        call(HttpVerb.GET, "/nodes/{node}/subscription", Map.of("node", "pve1"), Map.of());
        call(HttpVerb.GET, "/cluster/acme/plugins", Map.of(), Map.of());
        call(HttpVerb.GET, "/cluster/config/join", Map.of(), Map.of());
        call(HttpVerb.GET, "/cluster/notifications/endpoints/webhook", Map.of(), Map.of());
        call(HttpVerb.GET, "/cluster/notifications/endpoints/smtp/{name}", Map.of("name", "mail"), Map.of());
        call(HttpVerb.GET, "/cluster/options", Map.of(), Map.of());
        call(
                HttpVerb.POST,
                "/access/tfa/{userid}",
                Map.of("userid", "root@pam"),
                Map.of(
                        "type",
                        "totp",
                        "totp",
                        "otpauth://totp/PVE:root@pam?secret=" + TOTP_SECRET + "&issuer=PVE",
                        "value",
                        ONE_TIME_CODE));
        call(
                HttpVerb.POST,
                "/nodes/{node}/qemu/{vmid}/vncproxy",
                Map.of("node", "pve1", "vmid", "100"),
                Map.of("generate-password", "1"));
        call(
                HttpVerb.POST,
                "/cluster/metrics/server/{id}",
                Map.of("id", "influx"),
                Map.of("type", "influxdb", "server", "influx.example", "token", INFLUX_TOKEN));
        call(HttpVerb.GET, "/nodes/{node}/qemu/{vmid}/config", Map.of("node", "pve1", "vmid", "100"), Map.of());
        call(
                HttpVerb.POST,
                "/cluster/acme/account",
                Map.of(),
                Map.of("contact", "admin@example.com", "eab-kid", "kid-1", "eab-hmac-key", HMAC_KEY));
        call(HttpVerb.GET, "/access/domains/{realm}", Map.of("realm", "lab"), Map.of());
        call(
                HttpVerb.PUT,
                "/access/domains/{realm}",
                Map.of("realm", "lab"),
                Map.of(
                        "tfa",
                        "type=yubico,key=" + YUBICO_API_KEY,
                        "sync-defaults-options",
                        "scope=users,remote-password=" + ENTRY_PASSWORD + ",purge=1"));

        List<Path> files = recordedFiles();
        assertThat(files).hasSize(19);
        for (Path file : files) {
            String bytes = Files.readString(file, StandardCharsets.UTF_8);
            for (String secret : SECRETS) {
                assertThat(bytes)
                        .as("%s must not contain a secret", file.getFileName())
                        .doesNotContain(secret);
            }
        }
        String everything =
                String.join("\n", files.stream().map(RedactionTest::read).toList());
        // What is not secret is all still there.
        assertThat(everything)
                .contains("\"clustername\" : \"lab\"", "\"full-tokenid\" : \"root@pam!ci\"", "http://proxyuser:")
                .contains("\"cert\" : \"-----BEGIN CERTIFICATE-----\"", "\"eab-kid\" : \"kid-1\"")
                .contains("\"sockets\" : 2", "\"generate-password\" : \"1\"", "\"ciuser\" : \"admin\"")
                .contains("\"username\" : \"root@pam\"", "UPID:pve1:0000:0000:6B0A643E:acmeregister")
                // a property string loses only its credential entries
                .contains("type=yubico,id=42,key=<redacted>,url=https://api.example", "\"email=mail\"")
                .contains("scope=users,remote-password=<redacted>,purge=1");
    }

    @Test
    void everyRecordingSaysWhatWasRedacted() throws IOException {
        client = tokenClient(server, time).recordAnswers(recordings).build();
        answer("GET /version", "{\"version\":\"9.2.0\"}");
        answer(
                "POST /access/ticket",
                "{\"username\":\"root@pam\",\"ticket\":\"" + TICKET + "\",\"CSRFPreventionToken\":\"" + CSRF + "\"}");
        answer(
                "GET /cluster/acme/plugins",
                "[{\"plugin\":\"a\",\"data\":\"" + ACME_DATA + "\"},{\"plugin\":\"b\",\"data\":\"x\"}]");

        call(HttpVerb.POST, "/access/ticket", Map.of(), Map.of("username", "root@pam", "password", LOGIN_PASSWORD));
        call(HttpVerb.GET, "/cluster/acme/plugins", Map.of(), Map.of());

        List<JsonNode> documents = recordedFiles().stream()
                .map(RedactionTest::read)
                .map(RedactionTest::json)
                .toList();
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("redacted").toString())
                .isEqualTo("[\"/data/CSRFPreventionToken\",\"/data/ticket\",\"/params/password\"]");
        assertThat(documents.get(0).at("/data/ticket").asText()).isEqualTo("<redacted>");
        assertThat(documents.get(0).at("/params/username").asText()).isEqualTo("root@pam");
        assertThat(documents.get(1).get("redacted").toString()).isEqualTo("[\"/data/*/data\"]");
        assertThat(documents.get(1).at("/data/1/plugin").asText()).isEqualTo("b");
    }

    private void answer(String route, String data) {
        server.on(route, r -> Reply.ok(data));
    }

    private void call(HttpVerb verb, String template, Map<String, String> pathParams, Map<String, String> params) {
        ApiRequest.Builder request = ApiRequest.builder(verb, template);
        pathParams.forEach(request::pathParam);
        new java.util.TreeMap<>(params).forEach(request::param);
        client.execute(request.build(), JsonNode.class);
    }

    private List<Path> recordedFiles() throws IOException {
        try (Stream<Path> files = Files.list(recordings)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
