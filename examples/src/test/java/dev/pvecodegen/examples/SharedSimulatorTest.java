package dev.pvecodegen.examples;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.testkit.PveSimulatorTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of end-to-end tests that share one simulator per class ({@code @PveSimulatorTest} is inherited): the
 * generated API over the test kit's pinned token client, the simulator for faults and assertions, and the
 * {@link Simulators#TOKEN_ID} token for tests that build their own clients.
 */
@PveSimulatorTest(setup = Simulators.E2eToken.class)
abstract class SharedSimulatorTest {
    protected Pve pve;
    protected PveSimulator simulator;

    @BeforeEach
    void connect(Pve injectedPve, PveSimulator injectedSimulator) {
        this.pve = injectedPve;
        this.simulator = injectedSimulator;
    }

    /** The next free VM id, from {@code GET /cluster/nextid}. */
    protected int nextVmid() {
        return Math.toIntExact(pve.cluster().nextid().get());
    }
}
