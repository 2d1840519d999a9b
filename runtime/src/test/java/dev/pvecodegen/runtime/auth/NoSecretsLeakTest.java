package dev.pvecodegen.runtime.auth;

import static dev.pvecodegen.runtime.testing.Clients.TOKEN_ID;
import static dev.pvecodegen.runtime.testing.Clients.TOKEN_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Recorded;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import dev.pvecodegen.runtime.testing.LogCapture;
import dev.pvecodegen.runtime.tls.Fingerprint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drives logins (password, renewal, TFA, failures) and token use with logging at its most verbose, and checks that no
 * secret shows up in any log line, exception (message, causes, stack trace) or toString.
 */
class NoSecretsLeakTest {
    private static final String PASSWORD = "Pa55-w0rd-S3cr3t";
    private static final String TICKET_SIGNATURE = "TiCkEtSiGnAtUrE";
    private static final String CSRF = "CsRfToKeN-4711";
    private static final String OTP = "987123";
    private static final String RECOVERY = "rcvr-1234-abcd";
    private static final List<String> SECRETS = List.of(PASSWORD, TICKET_SIGNATURE, CSRF, OTP, RECOVERY, TOKEN_SECRET);

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();
    private final List<String> observed = new ArrayList<>();

    @AfterEach
    void close() {
        server.close();
    }

    private Reply login(Recorded request) {
        String password = request.param("password");
        if (request.param("tfa-challenge") != null) {
            return ("totp:" + OTP).equals(password) ? ticket() : Reply.error(401, "authentication failure");
        }
        if (password.equals(PASSWORD)) {
            return "tfa@pve".equals(request.param("username"))
                    ? Reply.ok("{\"ticket\":\"PVE:!tfa!%7B%22totp%22%3Atrue%7D:1::" + TICKET_SIGNATURE
                            + "\",\"NeedTFA\":1}")
                    : ticket();
        }
        return password.contains(TICKET_SIGNATURE) ? ticket() : Reply.error(401, "authentication failure");
    }

    private static Reply ticket() {
        return Reply.ok(
                "{\"ticket\":\"PVE:root@pam:1::" + TICKET_SIGNATURE + "\",\"CSRFPreventionToken\":\"" + CSRF + "\"}");
    }

    private PveClient.Builder builder() {
        return PveClient.builder()
                .host(server.host())
                .fingerprint(Fingerprint.of(server.identity().certificate()))
                .clock(time)
                .sleeper(time)
                .noRetries();
    }

    private void attempt(Supplier<?> action) {
        try {
            Object result = action.get();
            observed.add(String.valueOf(result));
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            observed.add(trace.toString());
            observed.add(e.toString());
        }
    }

    @Test
    void noSecretInLogsExceptionsOrToString() {
        server.on("POST /access/ticket", this::login);
        server.on("GET /version", r -> Reply.ok("{}"));
        server.on(
                "PUT /access/password",
                r -> Reply.error(400, "Parameter verification failed.", Map.of("password", "too short")));
        ApiRequest version = ApiRequest.builder(HttpVerb.GET, "/version").build();

        try (LogCapture logs = LogCapture.start()) {
            // Password login, use, renewal, a refused ticket, a parameter error on a password change.
            PveClient.Builder passwordBuilder = builder().password("root@pam", PASSWORD);
            observed.add(passwordBuilder.toString());
            try (PveClient client = passwordBuilder.build()) {
                observed.add(client.toString());
                attempt(() -> client.execute(version, JsonNode.class));
                time.advance(Duration.ofMinutes(90));
                attempt(() -> client.execute(version, JsonNode.class));
                attempt(() -> client.execute(
                        ApiRequest.builder(HttpVerb.PUT, "/access/password")
                                .param("userid", "root@pam")
                                .param("password", PASSWORD)
                                .build(),
                        Void.class));
                server.requireAuth(r -> false);
                attempt(() -> client.execute(version, JsonNode.class));
                server.requireAuth(r -> true);
                observed.add(client.toString());
            }
            // Wrong password, TFA success and TFA failure.
            attempt(() -> builder().password("root@pam", PASSWORD + "x").build());
            attempt(() -> builder()
                    .password("tfa@pve", PASSWORD)
                    .tfa(c -> TfaResponse.totp(OTP))
                    .build());
            attempt(() -> builder()
                    .password("tfa@pve", PASSWORD)
                    .tfa(c -> TfaResponse.totp("000000"))
                    .build());
            attempt(() -> builder().password("tfa@pve", PASSWORD).build());
            // Token: use, refusal by the server, refusal by the client, bad configuration.
            PveClient.Builder tokenBuilder = builder().apiToken(TOKEN_ID, TOKEN_SECRET);
            observed.add(tokenBuilder.toString());
            try (PveClient client = tokenBuilder.build()) {
                observed.add(client.toString());
                attempt(() -> client.execute(version, JsonNode.class));
                attempt(() -> client.execute(
                        ApiRequest.builder(HttpVerb.POST, "/access/ticket")
                                .allowToken(false)
                                .build(),
                        JsonNode.class));
                server.requireAuth(r -> false);
                attempt(() -> client.execute(version, JsonNode.class));
            }
            attempt(() -> builder().apiToken(TOKEN_ID, TOKEN_SECRET + " ").build());
            attempt(() -> builder()
                    .apiToken(TOKEN_ID + "=" + TOKEN_SECRET)
                    .apiToken("x@pve!t=" + TOKEN_SECRET)
                    .password("root@pam", PASSWORD)
                    .build());
            observed.add(ApiToken.of(TOKEN_ID, TOKEN_SECRET).toString());
            observed.add(TfaResponse.totp(OTP).toString());
            observed.add(TfaResponse.recovery(RECOVERY).toString());
            observed.addAll(logs.messages());
            assertThat(logs.messages())
                    .as("debug logging was captured")
                    .anySatisfy(m -> assertThat(m).contains("logged in as root@pam"))
                    .anySatisfy(m -> assertThat(m).contains("renewed the ticket"));
        }

        // Sanity: the server did receive the secrets, so their absence below is meaningful.
        assertThat(server.requests())
                .anySatisfy(r -> assertThat(r.param("password")).isEqualTo(PASSWORD));
        assertThat(observed).hasSizeGreaterThan(15);
        for (String text : observed) {
            for (String secret : SECRETS) {
                assertThat(text).as("a secret leaked").doesNotContain(secret);
            }
        }
    }
}
