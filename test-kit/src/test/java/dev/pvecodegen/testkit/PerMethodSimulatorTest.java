package dev.pvecodegen.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.TransportException;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.SimulatorOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A fresh simulator per method, started with the options of the annotation and its setup classes. */
@PveSimulatorTest(lifecycle = PveSimulatorTest.Lifecycle.PER_METHOD, setup = PerMethodSimulatorTest.WithAlice.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerMethodSimulatorTest {
    private static final List<PveSimulator> SEEN = new ArrayList<>();

    /** A user for the tests, added through a setup class. */
    public static final class WithAlice implements SimulatorSetup {
        @Override
        public void configure(SimulatorOptions.Builder options) {
            options.user("alice@pve", "alice-password");
        }
    }

    @AfterEach
    void sameSimulatorInAfterEach(PveSimulator simulator) {
        assertThat(simulator).isSameAs(SEEN.get(SEEN.size() - 1));
    }

    @Test
    @Order(1)
    void first(PveSimulator simulator) {
        SEEN.add(simulator);
    }

    @Test
    @Order(2)
    void secondGetsAnotherAndTheFirstIsClosed(PveSimulator simulator) {
        SEEN.add(simulator);
        assertThat(simulator).isNotSameAs(SEEN.get(0));
        try (PveClient stale = SimulatorClients.builder(SEEN.get(0))
                .noRetries()
                .apiToken(tokenOf(SEEN.get(0)))
                .build()) {
            assertThatThrownBy(() -> new VersionRoot(stale).version()).isInstanceOf(TransportException.class);
        }
    }

    @Test
    @Order(3)
    void setupClassesAddToTheOptions(PveSimulator simulator) {
        SEEN.add(simulator);
        try (PveClient alice = SimulatorClients.builder(simulator)
                .password("alice@pve", "alice-password")
                .build()) {
            assertThat(alice.toString()).contains("ticket for alice@pve");
        }
    }

    @Test
    @Order(4)
    @PveSimulatorTest(login = PveSimulatorTest.Login.PASSWORD, https = false, seed = 7)
    void aMethodAnnotationWinsForItsMethod(PveSimulator simulator, PveClient client) {
        SEEN.add(simulator);
        assertThat(simulator.options().https()).isFalse();
        assertThat(simulator.options().seed()).isEqualTo(7);
        assertThat(simulator.options().users())
                .extracting(SimulatorOptions.User::userid)
                .containsExactly("root@pam");
        assertThat(client.toString()).contains("ticket for root@pam");
        assertThat(new VersionRoot(client).version().path("release").asText()).isEqualTo("9.2");
    }

    private static String tokenOf(PveSimulator simulator) {
        SimulatorOptions.Token token = simulator.options().tokens().get(0);
        return token.userid() + "!" + token.tokenid() + "=" + token.secret();
    }
}
