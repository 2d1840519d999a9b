package dev.pvecodegen.testkit;

import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.RetryPolicy;
import dev.pvecodegen.runtime.task.TaskPolling;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.SimulatorOptions;
import java.time.Duration;

/**
 * Clients for a simulator, for tests that need one the extension does not inject (another user, a second
 * factor, a different retry policy): {@code SimulatorClients.builder(sim).password("alice@pve", pw).build()}.
 */
public final class SimulatorClients {
    /** The user of the token the extension creates. */
    public static final String TOKEN_USER = "root@pam";
    /** The name of the token the extension creates. */
    public static final String TOKEN_NAME = "test-kit";
    /** The full token id, {@code root@pam!test-kit}. */
    public static final String TOKEN_ID = TOKEN_USER + "!" + TOKEN_NAME;

    private SimulatorClients() {}

    /**
     * A builder connected to {@code simulator} with no credentials yet: its address, its certificate pinned by
     * fingerprint (or plain HTTP), the product its schema speaks, short timeouts, retry waits and task polls.
     */
    public static PveClient.Builder builder(PveSimulator simulator) {
        PveClient.Builder builder = PveClient.builder()
                .product(product(simulator))
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(30))
                .retry(RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
                .taskPolling(TaskPolling.defaults().withDelays(Duration.ofMillis(20), Duration.ofMillis(100), 1.5));
        if (simulator.options().https()) {
            return builder.host(simulator.baseUri().getAuthority())
                    .fingerprint(simulator.certificateSha256Fingerprint());
        }
        return builder.host(simulator.baseUri().toString());
    }

    /** Logged in as {@code root@pam} with its password (a ticket). */
    public static PveClient rootPassword(PveSimulator simulator) {
        SimulatorOptions.User root = simulator.options().users().get(0);
        return builder(simulator).password(root.userid(), root.password()).build();
    }

    /**
     * With the configured token {@code tokenId} ({@code user@realm!name}).
     *
     * @throws IllegalArgumentException when the simulator has no such token
     */
    public static PveClient token(PveSimulator simulator, String tokenId) {
        SimulatorOptions.Token token = simulator.options().tokens().stream()
                .filter(t -> (t.userid() + "!" + t.tokenid()).equals(tokenId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the simulator has no token " + tokenId));
        return builder(simulator).apiToken(tokenId, token.secret()).build();
    }

    /** The product the simulator's schema belongs to. */
    public static Product product(PveSimulator simulator) {
        return simulator.model().dialect() == Dialect.PBS ? Product.PBS : Product.PVE;
    }
}
