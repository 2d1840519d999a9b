package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.NodeEntry;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.TransportException;
import dev.pvecodegen.simulator.PveSimulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two hosts of one "cluster": when the first stops, calls go to the second. */
class FailoverE2eTest {
    private PveSimulator first;
    private PveSimulator second;

    @BeforeEach
    void start() {
        first = PveSimulator.start(Simulators.options().nodes("pve1").build());
        second = PveSimulator.start(Simulators.options().nodes("pve2").build());
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    private PveClient clientForBoth() {
        String a = first.baseUri().getAuthority();
        String b = second.baseUri().getAuthority();
        return PveClient.builder()
                .hosts(a, b)
                // each host pinned to its own certificate
                .fingerprint(a, first.certificateSha256Fingerprint())
                .fingerprint(b, second.certificateSha256Fingerprint())
                .apiToken(Simulators.TOKEN_ID, Simulators.TOKEN_SECRET)
                .connectTimeout(Duration.ofSeconds(2))
                .retry(Simulators.fastRetries())
                .build();
    }

    private static String answeringNode(Pve pve) {
        return pve.nodes().get().stream().map(NodeEntry::node).findFirst().orElseThrow();
    }

    @Test
    void whenTheFirstHostStopsCallsGoToTheSecond() {
        try (PveClient client = clientForBoth()) {
            Pve pve = new Pve(client);
            assertThat(answeringNode(pve)).isEqualTo("pve1");
            assertThat(client.currentHost()).isEqualTo(first.baseUri().getAuthority());

            first.close();

            assertThat(answeringNode(pve)).isEqualTo("pve2");
            assertThat(client.currentHost()).isEqualTo(second.baseUri().getAuthority());
            // and it stays there: the host that answered last is tried first
            assertThat(answeringNode(pve)).isEqualTo("pve2");
        }
    }

    @Test
    void aFirstHostThatIsDownFromTheStartIsSkipped() {
        first.close();
        try (PveClient client = clientForBoth()) {
            assertThat(answeringNode(new Pve(client))).isEqualTo("pve2");
        }
    }

    @Test
    void whenEveryHostIsDownTheErrorNamesThemAll() {
        try (PveClient client = clientForBoth()) {
            Pve pve = new Pve(client);
            first.close();
            second.close();

            assertThatThrownBy(() -> pve.nodes().get())
                    .isInstanceOfSatisfying(
                            TransportException.class,
                            e -> assertThat(e.mayHaveReachedServer()).isFalse())
                    .hasMessageContaining(first.baseUri().getAuthority())
                    .hasMessageContaining(second.baseUri().getAuthority());
        }
    }
}
