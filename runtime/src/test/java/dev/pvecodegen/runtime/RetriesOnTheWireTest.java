package dev.pvecodegen.runtime;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The retry policy's attempts are the requests the server sees. java.net.http repeats a GET once by itself when the
 * connection closes before any answer; counted naively, a dropped GET went out twice per attempt.
 */
class RetriesOnTheWireTest {
    private static final String PATH = "/nodes/pve1/qemu/100/config";

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void close() {
        server.close();
    }

    /**
     * A GET never goes out more often than the policy allows; as java.net.http sends it twice in one go, a policy
     * with an odd number of attempts leaves its last one unused, and even {@code noRetries()} sees two sends.
     */
    @ParameterizedTest(name = "{0} with {1} attempts reaches the server {2} times")
    @CsvSource({
        "GET, 4, 4",
        "GET, 5, 4",
        "GET, 3, 2",
        "GET, 1, 2",
        "PUT, 4, 4",
        "PUT, 1, 1",
        "DELETE, 4, 4",
        "POST, 4, 1"
    })
    void aDroppedConnectionIsSentAsOftenAsThePolicySays(HttpVerb verb, int attempts, int expectedOnTheWire) {
        server.on(verb + " " + PATH, r -> Reply.disconnect());
        RetryPolicy policy = RetryPolicy.defaults().withRandom(() -> 0.5).withMaxAttempts(attempts);

        try (PveClient client = tokenClient(server, time).retry(policy).build()) {
            assertThatThrownBy(
                            () -> client.execute(ApiRequest.builder(verb, PATH).build(), JsonNode.class))
                    .isInstanceOfSatisfying(
                            TransportException.class,
                            e -> assertThat(e.mayHaveReachedServer()).isTrue());
        }

        assertThat(server.requests(verb + " " + PATH)).hasSize(expectedOnTheWire);
    }

    @Test
    void aDroppedGetThatSucceedsOnTheRepeatCostsOneRetry() {
        int[] calls = {0};
        server.on("GET " + PATH, r -> ++calls[0] == 1 ? Reply.disconnect() : Reply.ok("{\"memory\":\"2048\"}"));

        try (PveClient client = tokenClient(server, time)
                .retry(RetryPolicy.defaults().withRandom(() -> 0.5))
                .build()) {
            JsonNode config =
                    client.execute(ApiRequest.builder(HttpVerb.GET, PATH).build(), JsonNode.class);
            assertThat(config.get("memory").asText()).isEqualTo("2048");
        }
        assertThat(server.requests("GET " + PATH)).hasSize(2);
    }
}
