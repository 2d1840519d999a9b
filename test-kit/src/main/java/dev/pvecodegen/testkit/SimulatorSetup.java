package dev.pvecodegen.testkit;

import dev.pvecodegen.simulator.SimulatorOptions;

/**
 * Options for {@link PveSimulatorTest#setup()} that the annotation's attributes do not cover.
 *
 * <pre>{@code
 * public static final class WithAlice implements SimulatorSetup {
 *     public void configure(SimulatorOptions.Builder options) {
 *         options.user("alice@pve", "alice-pw").token("alice@pve", "ci", "a-secret", true);
 *     }
 * }
 *
 * @PveSimulatorTest(setup = WithAlice.class)
 * class PermissionsTest { … }
 * }</pre>
 */
@FunctionalInterface
public interface SimulatorSetup {

    /** Adds to the options built from the annotation (schema, nodes, seed, https, task duration, test token). */
    void configure(SimulatorOptions.Builder options);
}
