package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.simulator.auth.TotpVerifier;
import dev.pvecodegen.simulator.fault.Fault;
import dev.pvecodegen.simulator.fault.FaultRule;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthFlowsTest {
    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static PveSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = PveSimulator.start(TestModels.options()
                .user("alice@pve", "alice-secret", TOTP_SECRET)
                .user("bob@pve", "bob-secret")
                .token("root@pam", "ci", "11111111-2222-3333-4444-555555555555")
                .build());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void anythingWithoutCredentialsIs401() throws Exception {
        PveHttp anonymous = new PveHttp(simulator);
        assertThat(anonymous.get("/nodes").status()).isEqualTo(401);
        assertThat(anonymous.get("/nodes").message()).isEqualTo("No ticket");
        PveHttp.Answer badPassword = anonymous.post("/access/ticket", form("username", "root@pam", "password", "nope"));
        assertThat(badPassword.status()).isEqualTo(401);
        assertThat(badPassword.message()).isEqualTo("authentication failure");
        PveHttp.Answer badToken =
                new PveHttp(simulator).token("root@pam!ci", "wrong").get("/nodes");
        assertThat(badToken.status()).isEqualTo(401);
    }

    @Test
    void ticketLoginNeedsCsrfOnWritesAndCanBeRenewedWithTheTicket() throws Exception {
        PveHttp http = new PveHttp(simulator);
        PveHttp.Answer login = http.post(
                "/access/ticket",
                form("username", "root", "realm", "pam", "password", SimulatorOptions.DEFAULT_ROOT_PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String ticket = login.data().get("ticket").asText();
        String csrf = login.data().get("CSRFPreventionToken").asText();
        assertThat(ticket).matches("PVE:root@pam:[0-9A-F]{8}::.+");
        assertThat(login.data().get("username").asText()).isEqualTo("root@pam");

        http.ticket(ticket, null);
        assertThat(http.get("/nodes").status()).isEqualTo(200);
        PveHttp.Answer noCsrf = http.post("/pools", form("poolid", "nocsrf"));
        assertThat(noCsrf.status()).isEqualTo(401);
        assertThat(noCsrf.message()).isEqualTo("Permission denied - invalid csrf token");

        http.ticket(ticket, csrf);
        assertThat(http.post("/pools", form("poolid", "withcsrf")).status()).isEqualTo(200);

        PveHttp.Answer renewed = new PveHttp(simulator)
                .ticket(ticket, null)
                .post("/access/ticket", form("username", "root@pam", "password", ticket));
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.data().get("ticket").asText()).startsWith("PVE:root@pam:");
    }

    @Test
    void ticketInTheAuthorizationHeaderExtjsSuccessAndDelayed401() throws Exception {
        PveHttp login = new PveHttp(simulator).loginRoot();
        String ticket = login.post(
                        "/access/ticket",
                        form("username", "root@pam", "password", SimulatorOptions.DEFAULT_ROOT_PASSWORD))
                .data()
                .get("ticket")
                .asText();
        HttpResponse<String> viaHeader = HttpClient.newBuilder()
                .sslContext(PveHttp.trusting(simulator.certificate().orElseThrow()))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(simulator.apiUri() + "/version"))
                                .header("Authorization", "PVEAuthCookie=" + ticket)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(viaHeader.statusCode()).isEqualTo(200);

        PveHttp.Answer extjs = new PveHttp(simulator).loginRoot().extjs().get("/version");
        assertThat(extjs.body().get("success").asInt()).isEqualTo(1);
        assertThat(extjs.data().get("release").asText()).isEqualTo("9.2");

        try (PveSimulator slow = PveSimulator.start(TestModels.options()
                .https(false)
                .authFailureDelay(Duration.ofMillis(300))
                .build())) {
            long started = System.nanoTime();
            assertThat(new PveHttp(slow).get("/nodes").status()).isEqualTo(401);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void totpChallengeFlow() throws Exception {
        PveHttp http = new PveHttp(simulator);
        PveHttp.Answer first = http.post(
                "/access/ticket", form("username", "alice@pve", "password", "alice-secret", "new-format", "1"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.data().get("NeedTFA").asInt()).isEqualTo(1);
        String half = first.data().get("ticket").asText();
        assertThat(half).startsWith("PVE:!tfa!");
        String challenge =
                URLDecoder.decode(half.substring("PVE:!tfa!".length(), half.indexOf(':', 9)), StandardCharsets.UTF_8);
        assertThat(challenge).isEqualTo("{\"totp\":true}");

        http.ticket(half, first.data().get("CSRFPreventionToken").asText());
        assertThat(http.get("/nodes").status()).as("a half ticket is no login").isEqualTo(401);

        PveHttp.Answer wrong = new PveHttp(simulator)
                .post(
                        "/access/ticket",
                        form("username", "alice@pve", "tfa-challenge", half, "password", "totp:000000"));
        assertThat(wrong.status()).isEqualTo(401);

        String code = TotpVerifier.code(TOTP_SECRET, Instant.now());
        PveHttp.Answer second = new PveHttp(simulator)
                .post(
                        "/access/ticket",
                        form("username", "alice@pve", "tfa-challenge", half, "password", "totp:" + code));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().has("NeedTFA")).isFalse();
        PveHttp alice = new PveHttp(simulator)
                .ticket(
                        second.data().get("ticket").asText(),
                        second.data().get("CSRFPreventionToken").asText());
        assertThat(alice.get("/nodes").status()).isEqualTo(200);

        PveHttp.Answer otherUser = new PveHttp(simulator)
                .post("/access/ticket", form("username", "bob@pve", "tfa-challenge", half, "password", "totp:" + code));
        assertThat(otherUser.status()).as("a challenge belongs to its user").isEqualTo(401);
    }

    @Test
    void createdAndConfiguredTokens() throws Exception {
        PveHttp root = new PveHttp(simulator).loginRoot();
        PveHttp.Answer created =
                root.post("/access/users/root@pam/token/automation", form("privsep", "0", "comment", "ci"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.data().get("full-tokenid").asText()).isEqualTo("root@pam!automation");
        String secret = created.data().get("value").asText();
        assertThat(secret).matches("[0-9a-f-]{36}");

        PveHttp token = new PveHttp(simulator).token("root@pam!automation", secret);
        assertThat(token.get("/nodes").status()).isEqualTo(200);
        assertThat(token.post("/pools", form("poolid", "bytoken")).status())
                .as("no CSRF with tokens")
                .isEqualTo(200);
        assertThat(root.get("/access/users/root@pam/token").data().toString()).contains("\"tokenid\":\"automation\"");

        PveHttp configured = new PveHttp(simulator).token("root@pam!ci", "11111111-2222-3333-4444-555555555555");
        assertThat(configured.get("/cluster/resources").status()).isEqualTo(200);

        assertThat(root.delete("/access/users/root@pam/token/automation").status())
                .isEqualTo(200);
        assertThat(token.get("/nodes").status()).isEqualTo(401);
    }

    @Test
    void tokensAreRefusedWhereTheSchemaSaysAllowtokenZeroAndOnRootOnlyHandlers() throws Exception {
        PveHttp token = new PveHttp(simulator).token("root@pam!ci", "11111111-2222-3333-4444-555555555555");
        PveHttp.Answer password = token.put("/access/password", form("userid", "root@pam", "password", "newpassword"));
        assertThat(password.status()).isEqualTo(401);
        assertThat(password.message()).contains("API tokens are not allowed");

        PveHttp.Answer execute = token.post("/nodes/pve/execute", form("commands", "[]"));
        assertThat(execute.status()).isEqualTo(403);
        assertThat(execute.message()).isEqualTo("Permission check failed (user != root@pam)");
    }

    @Test
    void separatedTokensAndOtherUsersNeedAclEntries() throws Exception {
        PveHttp root = new PveHttp(simulator).loginRoot();
        PveHttp.Answer created = root.post("/access/users/root@pam/token/limited", form());
        assertThat(created.data().get("info").get("privsep").asInt()).isEqualTo(1);
        PveHttp limited = new PveHttp(simulator)
                .token("root@pam!limited", created.data().get("value").asText());

        assertThat(limited.get("/nodes").status()).isEqualTo(200);
        PveHttp.Answer pool = limited.post("/pools", form("poolid", "denied"));
        assertThat(pool.status()).isEqualTo(403);
        assertThat(pool.message()).isEqualTo("Permission check failed (/pool/denied, Pool.Allocate)");
        PveHttp.Answer vm = limited.post("/nodes/pve/qemu", form("vmid", "900"));
        assertThat(vm.status()).isEqualTo(403);
        assertThat(vm.message()).isEqualTo("Permission check failed (/vms/900, VM.Allocate)");

        assertThat(root.put("/access/acl", form("path", "/", "roles", "PVEAuditor", "tokens", "root@pam!limited"))
                        .status())
                .isEqualTo(200);
        assertThat(limited.post("/pools", form("poolid", "denied")).status()).isEqualTo(403);
        assertThat(root.put("/access/acl", form("path", "/vms", "roles", "PVEVMAdmin", "tokens", "root@pam!limited"))
                        .status())
                .isEqualTo(200);
        PveHttp.Answer allowed = limited.post("/nodes/pve/qemu", form("vmid", "900"));
        assertThat(allowed.status()).as(allowed.body().toString()).isEqualTo(200);
        assertThat(root.get("/access/acl").data().toString())
                .contains("root@pam!limited")
                .contains("PVEVMAdmin");

        PveHttp.Answer bobLogin =
                new PveHttp(simulator).post("/access/ticket", form("username", "bob@pve", "password", "bob-secret"));
        PveHttp bob = new PveHttp(simulator)
                .ticket(
                        bobLogin.data().get("ticket").asText(),
                        bobLogin.data().get("CSRFPreventionToken").asText());
        assertThat(bob.post("/pools", form("poolid", "bobs")).status()).isEqualTo(403);
        assertThat(bob.post("/access/users/bob@pve/token/own", form()).status())
                .as("users manage their own tokens")
                .isEqualTo(200);
    }

    @Test
    void expiredTickets() throws Exception {
        try (PveSimulator shortLived = PveSimulator.start(TestModels.options()
                .https(false)
                .ticketLifetime(Duration.ofSeconds(2))
                .build())) {
            PveHttp http = new PveHttp(shortLived).loginRoot();
            assertThat(http.get("/nodes").status()).isEqualTo(200);
            Thread.sleep(3_100);
            PveHttp.Answer expired = http.get("/nodes");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.message()).isEqualTo("invalid PVE ticket");
        }

        PveHttp http = new PveHttp(simulator).loginRoot();
        simulator
                .faults()
                .inject(FaultRule.on("/version", Fault.expiredTicket()).times(1));
        assertThat(http.get("/version").status()).isEqualTo(401);
        assertThat(http.get("/version").status()).isEqualTo(200);

        simulator.expireTickets();
        assertThat(http.get("/version").status()).isEqualTo(401);
        PveHttp token = new PveHttp(simulator).token("root@pam!ci", "11111111-2222-3333-4444-555555555555");
        assertThat(token.get("/version").status())
                .as("tokens do not expire with tickets")
                .isEqualTo(200);
    }
}
