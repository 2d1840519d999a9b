package dev.pvecodegen.testkit;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.simulator.PveSimulator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schemas loaded once per JVM: loading and validating pve-9.2 takes seconds, starting a simulator from a loaded
 * model milliseconds. Models are immutable, so every simulator of a test run shares them.
 */
public final class SimulatorModels {
    private static final Map<String, ApiModel> MODELS = new ConcurrentHashMap<>();

    private SimulatorModels() {}

    /**
     * The model of a schema reference ({@code pve-9.2}, a file, a URL), loaded on first use.
     *
     * @throws IllegalArgumentException when the schema cannot be loaded (the message lists the problems)
     */
    public static ApiModel get(String reference) {
        return MODELS.computeIfAbsent(reference, PveSimulator::loadModel);
    }
}
