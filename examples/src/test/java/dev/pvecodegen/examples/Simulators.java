package dev.pvecodegen.examples;

import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.RetryPolicy;
import dev.pvecodegen.runtime.task.TaskPolling;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.SimulatorOptions;
import dev.pvecodegen.testkit.SimulatorModels;
import dev.pvecodegen.testkit.SimulatorSetup;
import java.time.Duration;

/**
 * What the end-to-end tests share beyond {@code @PveSimulatorTest}: the PVE 9.2 model (the test kit's, loaded once per
 * JVM), simulators for tests that need several or special ones, and client builders pinned to a simulator.
 */
final class Simulators {
    static final String ROOT = "root@pam";
    static final String ROOT_PASSWORD = SimulatorOptions.DEFAULT_ROOT_PASSWORD;
    static final String TOKEN_USER = "root@pam";
    static final String TOKEN_NAME = "e2e";
    static final String TOKEN_SECRET = "6c0a87f1-2d7e-4b8c-9f35-0e1d2c3b4a59";
    static final String TOKEN_ID = TOKEN_USER + "!" + TOKEN_NAME;

    /** Short task runs and polls keep the suite fast; the behaviour is the same as with real durations. */
    static final Duration TASK_DURATION = Duration.ofMillis(60);

    private Simulators() {}

    /** The configured token, for tests on {@code @PveSimulatorTest} simulators that build their own clients. */
    public static final class E2eToken implements SimulatorSetup {
        @Override
        public void configure(SimulatorOptions.Builder options) {
            options.token(TOKEN_USER, TOKEN_NAME, TOKEN_SECRET);
        }
    }

    /**
     * The PVE 9.2 model from {@code ../shared/apidoc}, loaded once per test JVM: the same instance the test kit's
     * {@code @PveSimulatorTest} simulators use.
     */
    static ApiModel model() {
        return SimulatorModels.get("pve-9.2");
    }

    /** Defaults for the tests: the shared model, a known API token, short tasks. */
    static SimulatorOptions.Builder options() {
        return SimulatorOptions.builder()
                .model(model())
                .token(TOKEN_USER, TOKEN_NAME, TOKEN_SECRET)
                .taskDuration(TASK_DURATION);
    }

    static PveSimulator start() {
        return PveSimulator.start(options().build());
    }

    /** A client for {@code simulator} that trusts its certificate by fingerprint; credentials still to be given. */
    static PveClient.Builder pinnedClient(PveSimulator simulator) {
        return PveClient.builder()
                .host(simulator.baseUri().getAuthority())
                .fingerprint(simulator.certificateSha256Fingerprint())
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(20))
                .retry(fastRetries())
                .taskPolling(fastPolling());
    }

    /** The configured token, pinned. */
    static PveClient tokenClient(PveSimulator simulator) {
        return pinnedClient(simulator).apiToken(TOKEN_ID, TOKEN_SECRET).build();
    }

    /** The default policy with waits short enough for tests. */
    static RetryPolicy fastRetries() {
        return RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
    }

    static TaskPolling fastPolling() {
        return TaskPolling.defaults().withDelays(Duration.ofMillis(20), Duration.ofMillis(100), 1.5);
    }
}
