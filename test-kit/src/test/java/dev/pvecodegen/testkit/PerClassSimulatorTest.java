package dev.pvecodegen.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.fault.Fault;
import dev.pvecodegen.simulator.fault.FaultRule;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One simulator for the class: the same instance in every test and in {@code @BeforeAll}, faults reset. */
@PveSimulatorTest(nodes = {"alpha", "beta"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerClassSimulatorTest {
    private static PveSimulator first;
    private static URI firstUri;

    @BeforeAll
    static void remember(PveSimulator simulator) {
        first = simulator;
        firstUri = simulator.baseUri();
    }

    @AfterAll
    static void stillRunningUntilTheClassEnds(PveSimulator simulator) {
        assertThat(simulator).isSameAs(first);
    }

    @Test
    @Order(1)
    void injectsTheSimulatorAConnectedClientAndAnApiRoot(
            PveSimulator simulator, PveClient client, ApiExecutor executor, VersionRoot root) {
        assertThat(simulator).isSameAs(first);
        assertThat(simulator.options().nodes()).containsExactly("alpha", "beta");
        assertThat(executor).isSameAs(client);
        assertThat(root.executor()).isSameAs(client);
        assertThat(client.product()).isEqualTo(Product.PVE);
        assertThat(client.toString()).contains("API token " + SimulatorClients.TOKEN_ID);
        // a real round trip over HTTPS, pinned to the simulator's certificate
        assertThat(root.version().path("release").asText()).isEqualTo("9.2");
        assertThat(client.currentHost()).contains(String.valueOf(simulator.port()));
    }

    @Test
    @Order(2)
    void aTestMayInjectFaults(PveSimulator simulator, VersionRoot root) {
        simulator.faults().inject(FaultRule.on("/version", Fault.error(500, "broken on purpose")));
        assertThatThrownBy(root::version).isInstanceOf(ApiException.class).hasMessageContaining("broken on purpose");
    }

    @Test
    @Order(3)
    void theNextTestSeesNoneOfThem(PveSimulator simulator, VersionRoot root) {
        assertThat(simulator.baseUri()).isEqualTo(firstUri);
        assertThat(root.version().path("release").asText()).isEqualTo("9.2");
    }
}
