package dev.pvecodegen.runtime.auth;

import static dev.pvecodegen.runtime.testing.Clients.TOKEN_ID;
import static dev.pvecodegen.runtime.testing.Clients.TOKEN_SECRET;
import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.AuthenticationException;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Recorded;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import dev.pvecodegen.runtime.tls.Fingerprint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    static final String PASSWORD = "correct horse battery staple";
    static final ApiRequest VERSION =
            ApiRequest.builder(HttpVerb.GET, "/version").build();
    static final ApiRequest START = ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu/100/status/start")
            .build();

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();
    private final AtomicInteger ticketsIssued = new AtomicInteger();
    private final AtomicReference<String> validTicket = new AtomicReference<>();

    @AfterEach
    void close() {
        server.close();
    }

    private PveClient.Builder passwordClient() {
        return PveClient.builder()
                .host(server.host())
                .fingerprint(Fingerprint.of(server.identity().certificate()))
                .clock(time)
                .sleeper(time);
    }

    private static String ticketJson(String ticket, String csrf) {
        return "{\"ticket\":\"" + ticket + "\",\"CSRFPreventionToken\":\"" + csrf
                + "\",\"username\":\"root@pam\",\"clustername\":\"lab\"}";
    }

    /** Issues ticket N with CSRF token N for the right password or the current ticket. */
    private Reply issueTicket(Recorded request) {
        String password = request.param("password");
        if (!PASSWORD.equals(password) && !password.equals(validTicket.get())) {
            return Reply.error(401, "authentication failure");
        }
        int n = ticketsIssued.incrementAndGet();
        String ticket = "PVE:root@pam:6" + n + "::sig" + n + "+/=";
        validTicket.set(ticket);
        return Reply.ok(ticketJson(ticket, "csrf-" + n));
    }

    private boolean hasValidTicket(Recorded request) {
        String cookie = request.cookie("PVEAuthCookie");
        if (cookie == null || !cookie.equals(validTicket.get())) {
            return false;
        }
        // The server checks the CSRF token on everything but GET.
        return request.method().equals("GET")
                || ("csrf-" + ticketsIssued.get()).equals(request.header("CSRFPreventionToken"));
    }

    @Test
    void apiTokenTravelsInTheAuthorizationHeader() {
        server.on("GET /version", r -> Reply.ok("{}"));
        try (PveClient client = tokenClient(server, time).build()) {
            client.execute(VERSION, JsonNode.class);
        }
        assertThat(server.requests().get(0).header("Authorization"))
                .isEqualTo("PVEAPIToken=" + TOKEN_ID + "=" + TOKEN_SECRET);
        assertThat(server.requests().get(0).header("Cookie")).isNull();
    }

    @Test
    void backupServerTokenUsesItsOwnSchemeAndColon() {
        server.on("GET /version", r -> Reply.ok("{}"));
        try (PveClient client = tokenClient(server, time)
                .product(Product.PBS)
                .apiToken("backup@pbs!ci:" + TOKEN_SECRET)
                .build()) {
            client.execute(VERSION, JsonNode.class);
        }
        assertThat(server.requests().get(0).header("Authorization"))
                .isEqualTo("PBSAPIToken=backup@pbs!ci:" + TOKEN_SECRET);
    }

    @Test
    void malformedTokensAreRejectedWhenConfigured() {
        assertThatThrownBy(() -> PveClient.builder().apiToken("automation@pve", TOKEN_SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USER@REALM!TOKENNAME");
        assertThatThrownBy(() -> PveClient.builder().apiToken(TOKEN_ID, "with space"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("with space");
        assertThatThrownBy(() -> PveClient.builder().apiToken("no-secret-here"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void operationsThatRefuseTokensFailFastWithoutARequest() {
        try (PveClient client = tokenClient(server, time).build()) {
            ApiRequest password = ApiRequest.builder(HttpVerb.PUT, "/access/password")
                    .allowToken(false)
                    .build();
            assertThatThrownBy(() -> client.execute(password, Void.class))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("PUT /access/password cannot be called with an API token")
                    .hasMessageContaining("allowtoken");
            ApiRequest console = ApiRequest.builder(HttpVerb.POST, "/nodes/{node}/qemu/{vmid}/termproxy")
                    .pathParam("node", "pve1")
                    .pathParam("vmid", 100)
                    .build();
            assertThatThrownBy(() -> client.execute(console, JsonNode.class))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("console endpoints");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void refusedTokenIsAnAuthenticationErrorWithoutRepetition() {
        server.requireAuth(r -> false);
        try (PveClient client = tokenClient(server, time).build()) {
            assertThatThrownBy(() -> client.execute(VERSION, JsonNode.class))
                    .isInstanceOfSatisfying(
                            AuthenticationException.class,
                            e -> assertThat(e.status()).isEqualTo(401));
        }
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void ticketLoginThenCookieOnEveryRequestAndCsrfOnNonGet() {
        server.on("POST /access/ticket", this::issueTicket).requireAuth(this::hasValidTicket);
        server.on("GET /version", r -> Reply.ok("{}"));
        server.on("POST /nodes/pve1/qemu/100/status/start", r -> Reply.ok("null"));

        try (PveClient client = passwordClient().password("root@pam", PASSWORD).build()) {
            client.execute(VERSION, JsonNode.class);
            client.execute(START, JsonNode.class);
        }

        Recorded login = server.requests().get(0);
        assertThat(login.path()).isEqualTo("/access/ticket");
        assertThat(login.form())
                .containsEntry("username", List.of("root@pam"))
                .containsEntry("password", List.of(PASSWORD))
                .containsEntry("new-format", List.of("1"));
        Recorded get = server.requests().get(1);
        assertThat(get.header("Cookie")).isEqualTo("PVEAuthCookie=PVE%3Aroot%40pam%3A61%3A%3Asig1%2B%2F%3D");
        assertThat(get.cookie("PVEAuthCookie")).isEqualTo("PVE:root@pam:61::sig1+/=");
        assertThat(get.header("CSRFPreventionToken")).isNull();
        assertThat(server.requests().get(2).header("CSRFPreventionToken")).isEqualTo("csrf-1");
    }

    @Test
    void wrongPasswordFailsTheBuildWithAnAuthenticationError() {
        server.on("POST /access/ticket", this::issueTicket);
        assertThatThrownBy(() -> passwordClient().password("root@pam", "wrong").build())
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.status()).isEqualTo(401))
                .hasMessageContaining("POST /access/ticket");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void ticketIsRenewedWithItselfBeforeItsLifetimeEnds() {
        server.on("POST /access/ticket", this::issueTicket).requireAuth(this::hasValidTicket);
        server.on("GET /version", r -> Reply.ok("{}"));

        try (PveClient client = passwordClient().password("root@pam", PASSWORD).build()) {
            client.execute(VERSION, JsonNode.class);
            time.advance(Duration.ofMinutes(59));
            client.execute(VERSION, JsonNode.class);
            assertThat(ticketsIssued).hasValue(1);

            time.advance(Duration.ofMinutes(2));
            client.execute(VERSION, JsonNode.class);
        }

        assertThat(ticketsIssued).hasValue(2);
        List<Recorded> logins = server.requests("POST /access/ticket");
        assertThat(logins.get(1).param("password")).isEqualTo("PVE:root@pam:61::sig1+/=");
        assertThat(server.requests().get(server.requests().size() - 1).cookie("PVEAuthCookie"))
                .isEqualTo("PVE:root@pam:62::sig2+/=");
    }

    @Test
    void concurrentCallersShareOneRenewal() throws Exception {
        server.on("POST /access/ticket", this::issueTicket).requireAuth(this::hasValidTicket);
        server.on("GET /version", r -> Reply.ok("{}"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (PveClient client = passwordClient().password("root@pam", PASSWORD).build()) {
            time.advance(Duration.ofMinutes(61));
            List<Future<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> client.execute(VERSION, JsonNode.class)));
            }
            for (Future<JsonNode> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ticketsIssued).hasValue(2);
    }

    @Test
    void aFailedRenewalKeepsTheStillValidTicketAndTriesAgainLater() {
        server.on("POST /access/ticket", this::issueTicket).requireAuth(this::hasValidTicket);
        server.on("GET /version", r -> Reply.ok("{}"));
        try (PveClient client =
                passwordClient().password("root@pam", PASSWORD).noRetries().build()) {
            server.on("POST /access/ticket", r -> Reply.error(503, "Service Unavailable"));
            time.advance(Duration.ofMinutes(70));
            client.execute(VERSION, JsonNode.class); // renewal fails, old ticket still works
            server.on("POST /access/ticket", this::issueTicket);
            client.execute(VERSION, JsonNode.class); // no new attempt right away
            assertThat(server.requests("POST /access/ticket")).hasSize(2);
            time.advance(Duration.ofMinutes(1));
            client.execute(VERSION, JsonNode.class); // renewal succeeds now
            time.advance(Duration.ofMinutes(70));
            server.on("POST /access/ticket", r -> Reply.error(503, "Service Unavailable"));
            time.advance(Duration.ofMinutes(60));
            assertThatThrownBy(() -> client.execute(VERSION, JsonNode.class))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("expired");
        }
        assertThat(ticketsIssued).hasValue(2);
    }

    @Test
    void aRejectedTicketIsRenewedOnceAndTheRequestRepeated() {
        server.on("POST /access/ticket", this::issueTicket).requireAuth(this::hasValidTicket);
        server.on("POST /nodes/pve1/qemu/100/status/start", r -> Reply.ok("null"));

        try (PveClient client = passwordClient().password("root@pam", PASSWORD).build()) {
            // The server forgets the ticket (e.g. its signing key rotated) but still renews it.
            String old = validTicket.get();
            validTicket.set("something else");
            server.on("POST /access/ticket", r -> {
                validTicket.set(old);
                return issueTicket(r);
            });
            client.execute(START, JsonNode.class);
        }
        assertThat(server.requests("POST /nodes/pve1/qemu/100/status/start")).hasSize(2);
        assertThat(ticketsIssued).hasValue(2);
    }

    @Test
    void withoutAKeptPasswordAnUnrenewableTicketFailsClearly() {
        server.on("POST /access/ticket", this::issueTicket).requireAuth(this::hasValidTicket);
        try (PveClient client = passwordClient().password("root@pam", PASSWORD).build()) {
            validTicket.set("revoked");
            assertThatThrownBy(() -> client.execute(VERSION, JsonNode.class))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("password is not kept")
                    .hasMessageContaining("passwordSupplier");
        }
    }

    @Test
    void aPasswordSupplierAllowsLoggingInAgain() {
        server.on("POST /access/ticket", this::issueTicket).requireAuth(this::hasValidTicket);
        server.on("GET /version", r -> Reply.ok("{}"));
        AtomicInteger asked = new AtomicInteger();
        try (PveClient client = passwordClient()
                .passwordSupplier("root@pam", () -> {
                    asked.incrementAndGet();
                    return PASSWORD.toCharArray();
                })
                .build()) {
            validTicket.set("revoked");
            client.execute(VERSION, JsonNode.class);
        }
        assertThat(asked).hasValue(2);
    }

    @Test
    void secondFactorChallengeIsAnsweredThroughTheCallback() {
        String challenge = "{\"totp\":true,\"recovery\":\"available\",\"yubico\":false}";
        String half = "PVE:!tfa!" + URLEncoder.encode(challenge, StandardCharsets.UTF_8) + ":6512::halfsig";
        server.on("POST /access/ticket", r -> {
            if (r.param("tfa-challenge") == null) {
                return PASSWORD.equals(r.param("password"))
                        ? Reply.ok("{\"ticket\":\"" + half + "\",\"NeedTFA\":1,\"username\":\"root@pam\"}")
                        : Reply.error(401, "authentication failure");
            }
            return half.equals(r.param("tfa-challenge")) && "totp:123456".equals(r.param("password"))
                    ? Reply.ok(ticketJson("PVE:root@pam:FULL::sig", "csrf-tfa"))
                    : Reply.error(401, "authentication failure");
        });
        server.on("GET /version", r -> Reply.ok("{}"));
        AtomicReference<TfaChallenge> seen = new AtomicReference<>();

        try (PveClient client = passwordClient()
                .password("root@pam", PASSWORD)
                .tfa(c -> {
                    seen.set(c);
                    return TfaResponse.totp("123456");
                })
                .build()) {
            client.execute(VERSION, JsonNode.class);
        }

        assertThat(seen.get().methods()).containsExactlyInAnyOrder("totp", "recovery");
        assertThat(seen.get().user()).isEqualTo("root@pam");
        assertThat(server.requests().get(2).cookie("PVEAuthCookie")).isEqualTo("PVE:root@pam:FULL::sig");
    }

    @Test
    void rawJsonChallengeAndRecoveryKeys() {
        String half = "PVE:!tfa!{\"recovery\":\"available\",\"webauthn\":{\"challenge\":\"abc\"}}:6512::sig";
        server.on(
                "POST /access/ticket",
                r -> r.param("tfa-challenge") == null
                        ? Reply.ok("{\"ticket\":" + TextNode.valueOf(half) + ",\"NeedTFA\":1}")
                        : "recovery:abcd-efgh".equals(r.param("password"))
                                ? Reply.ok(ticketJson("PVE:root@pam:FULL::sig", "c"))
                                : Reply.error(401, "authentication failure"));
        AtomicReference<TfaChallenge> seen = new AtomicReference<>();

        try (PveClient client = passwordClient()
                .password("root@pam", PASSWORD)
                .tfa(c -> {
                    seen.set(c);
                    return TfaResponse.recovery("abcd-efgh");
                })
                .build()) {
            assertThat(client.toString()).contains("ticket for root@pam");
            assertThat(seen.get().methods()).containsExactlyInAnyOrder("recovery", "webauthn");
            assertThat(seen.get().challenge().path("webauthn").path("challenge").asText())
                    .isEqualTo("abc");
        }
    }

    @Test
    void secondFactorWithoutHandlerSaysWhatToConfigure() {
        server.on(
                "POST /access/ticket",
                r -> Reply.ok("{\"ticket\":\"PVE:!tfa!%7B%22totp%22%3Atrue%7D:1::s\",\"NeedTFA\":1}"));
        assertThatThrownBy(() -> passwordClient().password("root@pam", PASSWORD).build())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("second factor")
                .hasMessageContaining("totp")
                .hasMessageContaining("tfa(");
    }

    @Test
    void backupServerUsesItsCookieAndNoNewFormatParameter() {
        server.on("POST /access/ticket", this::issueTicket);
        server.on("GET /version", r -> Reply.ok("{}"));
        try (PveClient client = passwordClient()
                .product(Product.PBS)
                .password("root@pam", PASSWORD)
                .build()) {
            client.execute(VERSION, JsonNode.class);
        }
        assertThat(server.requests().get(0).form()).doesNotContainKey("new-format");
        assertThat(server.requests().get(1).cookie("PBSAuthCookie")).isEqualTo("PVE:root@pam:61::sig1+/=");
    }
}
