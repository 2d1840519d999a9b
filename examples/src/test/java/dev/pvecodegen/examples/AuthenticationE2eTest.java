package dev.pvecodegen.examples;

import static dev.pvecodegen.examples.Simulators.ROOT;
import static dev.pvecodegen.examples.Simulators.ROOT_PASSWORD;
import static dev.pvecodegen.examples.Simulators.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.AccessUserEntry;
import dev.pvecodegen.client.pve.model.CreateApiToken;
import dev.pvecodegen.client.pve.model.CreatePool;
import dev.pvecodegen.client.pve.model.CreatedApiToken;
import dev.pvecodegen.client.pve.model.PoolEntry;
import dev.pvecodegen.client.pve.model.UpdateAccessPassword;
import dev.pvecodegen.runtime.AuthenticationException;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.auth.TfaChallenge;
import dev.pvecodegen.runtime.auth.TfaResponse;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.fault.Fault;
import dev.pvecodegen.simulator.fault.FaultRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logging in the ways Proxmox offers, through the generated client over HTTPS. */
class AuthenticationE2eTest {
    private static PveSimulator simulator;
    private static PveSimulator tfaSimulator;

    @BeforeAll
    static void start() {
        simulator = Simulators.start();
        tfaSimulator = PveSimulator.start(
                Simulators.options().rootTotpSecret(Totp.SECRET).build());
    }

    @AfterAll
    static void stop() {
        simulator.close();
        tfaSimulator.close();
    }

    @Test
    void apiTokenAuthenticatesEveryCall() {
        try (PveClient client = Simulators.tokenClient(simulator)) {
            Pve pve = new Pve(client);

            assertThat(pve.version().get().release()).isEqualTo("9.2");
            assertThat(pve.access().users().get())
                    .extracting(AccessUserEntry::userid)
                    .contains(ROOT);
            assertThat(client.toString()).doesNotContain(Simulators.TOKEN_SECRET);
        }
    }

    @Test
    void aWrongTokenSecretIsRefusedWith401() {
        try (PveClient client = Simulators.pinnedClient(simulator)
                .apiToken(TOKEN_ID, "not-the-secret")
                .build()) {
            Pve pve = new Pve(client);

            assertThatThrownBy(() -> pve.version().get())
                    .isInstanceOfSatisfying(
                            AuthenticationException.class,
                            e -> assertThat(e.status()).isEqualTo(401))
                    .message()
                    .doesNotContain("not-the-secret");
        }
    }

    @Test
    void ticketLoginSendsTheCsrfTokenOnWritesAndCreatesAWorkingToken() {
        CreatedApiToken token;
        try (PveClient session =
                Simulators.pinnedClient(simulator).password(ROOT, ROOT_PASSWORD).build()) {
            Pve pve = new Pve(session);
            // A POST: refused by the server without the CSRF token that came with the ticket.
            pve.pools()
                    .post(CreatePool.builder()
                            .poolid("tickets")
                            .comment("made with a ticket")
                            .build());
            assertThat(pve.pools().get()).extracting(PoolEntry::poolid).contains("tickets");

            token = pve.access()
                    .users(ROOT)
                    .token("made-by-ticket")
                    .post(CreateApiToken.builder().privsep(false).build());
        }
        assertThat(token.fullTokenid()).isEqualTo(ROOT + "!made-by-ticket");
        assertThat(token.value()).isNotBlank();
        try (PveClient client = Simulators.pinnedClient(simulator)
                .apiToken(token.fullTokenid(), token.value())
                .build()) {
            assertThat(new Pve(client).pools().get())
                    .extracting(PoolEntry::poolid)
                    .contains("tickets");
        }
    }

    @Test
    void aWrongPasswordFailsTheBuildWithoutLeakingIt() {
        assertThatThrownBy(() -> Simulators.pinnedClient(simulator)
                        .password(ROOT, "wrong-password")
                        .build())
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.status()).isEqualTo(401))
                .message()
                .doesNotContain("wrong-password");
    }

    @Test
    void totpHelperMatchesTheRfc6238TestVector() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits), so 287082 with 6.
        assertThat(Totp.code(Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void twoFactorLoginAnswersTheTotpChallenge() {
        List<TfaChallenge> challenges = new ArrayList<>();
        try (PveClient client = Simulators.pinnedClient(tfaSimulator)
                .password(ROOT, ROOT_PASSWORD)
                .tfa(challenge -> {
                    challenges.add(challenge);
                    return TfaResponse.totp(Totp.code(Instant.now()));
                })
                .build()) {
            Pve pve = new Pve(client);

            pve.pools().post(CreatePool.builder().poolid("after-tfa").build());
            assertThat(pve.pools().get()).extracting(PoolEntry::poolid).contains("after-tfa");
        }
        assertThat(challenges).singleElement().satisfies(challenge -> {
            assertThat(challenge.user()).isEqualTo(ROOT);
            assertThat(challenge.offers("totp")).isTrue();
        });
    }

    @Test
    void aWrongTotpCodeIsRefused() {
        String wrong = Totp.code(Instant.now().minusSeconds(3600));

        assertThatThrownBy(() -> Simulators.pinnedClient(tfaSimulator)
                        .password(ROOT, ROOT_PASSWORD)
                        .tfa(challenge -> TfaResponse.totp(wrong))
                        .build())
                .isInstanceOf(AuthenticationException.class)
                .message()
                .doesNotContain(wrong);
    }

    @Test
    void aSecondFactorWithoutAHandlerIsAClearError() {
        assertThatThrownBy(() -> Simulators.pinnedClient(tfaSimulator)
                        .password(ROOT, ROOT_PASSWORD)
                        .build())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("tfa");
    }

    @Test
    void operationsThatRefuseTokensFailFastOnTheClient() {
        try (PveClient client = Simulators.tokenClient(simulator)) {
            Pve pve = new Pve(client);
            UpdateAccessPassword change = UpdateAccessPassword.builder()
                    .userid(ROOT)
                    .password("new-password-123")
                    .confirmationPassword(ROOT_PASSWORD)
                    .build();

            assertThatThrownBy(() -> pve.access().password().put(change))
                    .isInstanceOfSatisfying(
                            AuthenticationException.class,
                            e -> assertThat(e.status()).isZero())
                    .hasMessageContaining("PUT /access/password")
                    .hasMessageContaining("API token")
                    .message()
                    .doesNotContain("new-password-123");
        }
    }

    @Test
    void aTicketRefusedOnceIsRenewedWithoutThePassword() {
        try (PveClient client =
                Simulators.pinnedClient(simulator).password(ROOT, ROOT_PASSWORD).build()) {
            Pve pve = new Pve(client);
            simulator
                    .faults()
                    .inject(FaultRule.on("/version", Fault.expiredTicket()).times(1));

            assertThat(pve.version().get().version()).isNotBlank();
        }
    }

    @Test
    void anAgedTicketIsRenewedWithItselfAndWritesKeepWorking() {
        // renew before every call: each one first posts the current ticket as the password
        try (PveClient client = Simulators.pinnedClient(simulator)
                .password(ROOT, ROOT_PASSWORD)
                .ticketRenewal(Duration.ofMillis(1))
                .build()) {
            Pve pve = new Pve(client);
            for (int i = 0; i < 3; i++) {
                pve.pools().post(CreatePool.builder().poolid("renewed-" + i).build());
            }

            assertThat(pve.pools().get()).extracting(PoolEntry::poolid).contains("renewed-0", "renewed-1", "renewed-2");
        }
    }

    @Test
    void afterAllTicketsExpiredAPasswordSupplierLogsInAgain() {
        AtomicInteger asked = new AtomicInteger();
        try (PveClient client = Simulators.pinnedClient(simulator)
                .passwordSupplier(ROOT, () -> {
                    asked.incrementAndGet();
                    return ROOT_PASSWORD.toCharArray();
                })
                .build()) {
            Pve pve = new Pve(client);
            assertThat(pve.nodes().get()).isNotEmpty();

            simulator.expireTickets();

            assertThat(pve.nodes().get()).isNotEmpty();
            assertThat(asked).hasValue(2);
        }
    }

    @Test
    void afterAllTicketsExpiredAClientWithoutPasswordSourceSaysWhatToDo() {
        try (PveClient client =
                Simulators.pinnedClient(simulator).password(ROOT, ROOT_PASSWORD).build()) {
            Pve pve = new Pve(client);
            simulator.expireTickets();

            assertThatThrownBy(() -> pve.nodes().get())
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("passwordSupplier");
        }
    }
}
