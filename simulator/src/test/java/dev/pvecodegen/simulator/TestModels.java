package dev.pvecodegen.simulator;

import dev.pvecodegen.schema.model.ApiModel;
import java.time.Duration;

/** The PVE 9.2 model, loaded once per test JVM and shared by all simulator instances. */
final class TestModels {
    private static ApiModel pve92;

    private TestModels() {}

    static synchronized ApiModel pve92() {
        if (pve92 == null) {
            pve92 = PveSimulator.loadModel("pve-9.2");
        }
        return pve92;
    }

    static SimulatorOptions.Builder options() {
        return SimulatorOptions.builder().model(pve92()).taskDuration(Duration.ofMillis(50));
    }
}
