package dev.pvecodegen.runtime;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A client its owner forgets to close gives its threads back once it is garbage. */
class UnclosedClientTest {

    private static Set<String> runtimeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("pvecodegen-http-"))
                .collect(Collectors.toSet());
    }

    @Test
    void theThreadsOfAnUnreachableClientEnd() throws InterruptedException {
        try (FakeProxmox server = FakeProxmox.start()) {
            server.on("GET /version", r -> Reply.ok("{\"version\":\"9.2\"}"));
            Set<String> before = runtimeThreads();
            useAndForget(server);
            Set<String> started = runtimeThreads();
            started.removeAll(before);
            assertThat(started).as("the client started threads of its own").isNotEmpty();

            // Poll, not time: collection is not immediate, and the threads end once their pools are shut down.
            for (int i = 0; i < 300 && started.stream().anyMatch(runtimeThreads()::contains); i++) {
                System.gc();
                Thread.sleep(100);
            }
            assertThat(runtimeThreads()).as("threads of the forgotten client").doesNotContainAnyElementsOf(started);
        }
    }

    /** Builds a client, uses it and drops it without {@code close()}. */
    private static void useAndForget(FakeProxmox server) {
        PveClient client = tokenClient(server, new FakeTime()).build();
        client.execute(ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class);
    }
}
