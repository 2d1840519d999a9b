package dev.pvecodegen.runtime.http;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.TransportException;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The request timeout bounds the whole exchange, headers and body: a server that sends its headers and then
 * trickles the body (one byte per 100 ms, minutes in all) fails the call at the limit instead of blocking it. The
 * {@code @Timeout}s only stop a hang; the assertions are about what fails and how it is reported.
 */
class WholeExchangeDeadlineTest {
    private static final String UPID = "UPID:pve1:0000AAAA:0000BBBB:6650A1B2:qmstart:100:root@pam:";
    private static final String UPID_IN_PATH = UPID.replace(":", "%3A").replace("@", "%40");
    private static final Duration EVERY = Duration.ofMillis(100);

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void close() {
        server.close();
    }

    private PveClient client(Duration requestTimeout) {
        return tokenClient(server, time)
                .requestTimeout(requestTimeout)
                .noRetries()
                .build();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBodyThatDripsFailsAtTheRequestTimeoutNamingOperationHostAndLimit() {
        server.on("GET /version", r -> Reply.dripping("{\"version\":\"9.2\"}", 1_200, EVERY));

        try (PveClient client = client(Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> client.execute(
                            ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.mayHaveReachedServer()).isTrue();
                        assertThat(e.host()).isEqualTo(server.host());
                    })
                    .hasMessageContaining("GET /version")
                    .hasMessageContaining(server.host())
                    .hasMessageContaining("within the request timeout of 1 s");
            assertThat(Thread.currentThread().isInterrupted())
                    .as("the deadline's interrupt does not leak to the caller")
                    .isFalse();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPerRequestTimeoutAlsoCoversTheBody() {
        server.on("GET /version", r -> Reply.dripping("{\"version\":\"9.2\"}", 1_200, EVERY));

        try (PveClient client = client(Duration.ofMinutes(10))) {
            assertThatThrownBy(() -> client.execute(
                            ApiRequest.builder(HttpVerb.GET, "/version")
                                    .timeout(Duration.ofMillis(700))
                                    .build(),
                            JsonNode.class))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("within the request timeout of 700 ms");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aTaskWhoseStatusOrLogDripsFailsInsteadOfWaitingForever() {
        server.on(
                "GET /nodes/pve1/tasks/" + UPID_IN_PATH + "/status",
                r -> Reply.dripping("{\"status\":\"running\"}", 1_200, EVERY));
        server.on(
                "GET /nodes/pve1/tasks/" + UPID_IN_PATH + "/log",
                r -> Reply.dripping("[{\"n\":1,\"t\":\"starting\"}]", 1_200, EVERY));

        try (PveClient client = client(Duration.ofSeconds(1))) {
            Task task = client.task(UPID);
            assertThatThrownBy(() -> task.await(Duration.ofHours(1)))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("/status")
                    .hasMessageContaining("within the request timeout of 1 s");
            assertThatThrownBy(task::readLog)
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("/log")
                    .hasMessageContaining("within the request timeout of 1 s");
        }
    }

    @Test
    void anAnswerThatArrivesInTimeIsReadWhole() {
        server.on("GET /version", r -> Reply.dripping("{\"version\":\"9.2\"}", 3, Duration.ofMillis(1)));

        try (PveClient client = client(Duration.ofSeconds(30))) {
            JsonNode version =
                    client.execute(ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class);
            assertThat(version.get("version").asText()).isEqualTo("9.2");
        }
    }
}
