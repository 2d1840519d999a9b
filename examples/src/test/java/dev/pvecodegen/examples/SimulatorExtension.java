package dev.pvecodegen.examples;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.simulator.PveSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One simulator and a pinned token client for a test class ({@code @RegisterExtension static}); the faults a test
 * injected are cleared after it, so tests of a class do not leak faults into each other.
 */
final class SimulatorExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private PveSimulator simulator;
    private PveClient client;
    private Pve pve;

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = Simulators.start();
        client = Simulators.tokenClient(simulator);
        pve = new Pve(client);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        simulator.faults().clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        simulator.close();
    }

    PveSimulator simulator() {
        return simulator;
    }

    PveClient client() {
        return client;
    }

    /** The generated API over {@link #client()}. */
    Pve pve() {
        return pve;
    }

    /** The next free VM id, from {@code GET /cluster/nextid}. */
    int nextVmid() {
        return Math.toIntExact(pve.cluster().nextid().get());
    }
}
