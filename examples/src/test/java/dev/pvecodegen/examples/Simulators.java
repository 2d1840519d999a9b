package dev.pvecodegen.examples;

import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.RetryPolicy;
import dev.pvecodegen.runtime.task.TaskPolling;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.SimulatorOptions;
import java.time.Duration;

/**
 * What the end-to-end tests share: the PVE 9.2 model, loaded once per JVM (a few seconds), simulators started from
 * it over HTTPS, and client builders pinned to a simulator's certificate.
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

    private static volatile ApiModel model;

    private Simulators() {}

    /** The PVE 9.2 model from {@code ../shared/apidoc}, shared by every simulator of the test JVM. */
    static ApiModel model() {
        ApiModel loaded = model;
        if (loaded == null) {
            synchronized (Simulators.class) {
                loaded = model;
                if (loaded == null) {
                    loaded = PveSimulator.loadModel("pve-9.2");
                    model = loaded;
                }
            }
        }
        return loaded;
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
