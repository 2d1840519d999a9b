package dev.pvecodegen.runtime.http;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ResponseTimerTest {

    @Test
    void anExpiredDeadlineBecomesATimeoutAndLeavesNoInterrupt() throws Exception {
        try (ResponseTimer timer = new ResponseTimer(Executors.defaultThreadFactory())) {
            ResponseTimer.Deadline deadline = timer.start(Duration.ofMillis(20));
            InterruptedException interrupted = null;
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted = e;
            }
            assertThat(interrupted)
                    .as("the deadline interrupts the waiting thread")
                    .isNotNull();
            HttpTimeoutException timedOut = deadline.timedOut(interrupted);
            deadline.close();
            assertThat(timedOut).hasMessage("no complete answer within the request timeout of 20 ms");
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void anInterruptThatIsNotOursIsRethrown() throws Exception {
        try (ResponseTimer timer = new ResponseTimer(Executors.defaultThreadFactory())) {
            ResponseTimer.Deadline deadline = timer.start(Duration.ofMinutes(5));
            InterruptedException callers = new InterruptedException("the caller's own");
            assertThatThrownBy(() -> deadline.timedOut(callers)).isSameAs(callers);
            deadline.close();
        }
    }

    /**
     * {@code sendAsync(...).get()} hops every completion to the common pool, which on a 2-CPU machine starts a thread
     * per request; the blocking send with this timer must not.
     */
    @Test
    void requestsDoNotStartAThreadEach() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FakeProxmox server = FakeProxmox.start()) {
            server.on("GET /version", r -> Reply.ok("{\"version\":\"9.2\"}"));
            try (PveClient client = tokenClient(server, new FakeTime()).build()) {
                ApiRequest version =
                        ApiRequest.builder(HttpVerb.GET, "/version").build();
                for (int i = 0; i < 20; i++) {
                    client.execute(version, JsonNode.class);
                }
                long before = threads.getTotalStartedThreadCount();
                for (int i = 0; i < 300; i++) {
                    client.execute(version, JsonNode.class);
                }
                long started = threads.getTotalStartedThreadCount() - before;
                assertThat(started)
                        .as("threads started during 300 sequential requests")
                        .isLessThan(30);
            }
        }
    }
}
