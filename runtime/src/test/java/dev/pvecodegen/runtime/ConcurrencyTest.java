package dev.pvecodegen.runtime;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 32 threads share one client for thousands of requests: no errors, connections reused, nothing left behind. */
class ConcurrencyTest {
    private static final int THREADS = 32;
    private static final int REQUESTS_PER_THREAD = 64;

    @Test
    void thirtyTwoThreadsShareOneClient() throws Exception {
        Set<String> threadsBefore = liveThreadNames();
        long started = System.nanoTime();
        hammer();
        System.out.println("ConcurrencyTest: " + THREADS * REQUESTS_PER_THREAD + " requests in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        // Separate method: no stack slot of this frame keeps the closed client reachable.
        assertNoClientThreadsLeft(threadsBefore);
    }

    private void hammer() throws Exception {
        AtomicInteger served = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try (FakeProxmox server = FakeProxmox.start()) {
            server.on("GET /nodes/{node}/status".replace("{node}", "pve1"), r -> {
                served.incrementAndGet();
                return Reply.ok("{\"uptime\":\"" + r.param("n") + "\",\"cpu\":0.5}");
            });
            server.on("POST /nodes/pve1/qemu/100/config", r -> {
                served.incrementAndGet();
                return Reply.ok("\"" + r.param("description") + "\"");
            });
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try (PveClient client = tokenClient(server, new FakeTime()).build()) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                            String tag = thread + "-" + i;
                            try {
                                if (i % 4 == 0) {
                                    String echoed = client.execute(
                                            ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu/100/config")
                                                    .param("description", tag)
                                                    .build(),
                                            String.class);
                                    assertThat(echoed).isEqualTo(tag);
                                } else {
                                    JsonNode status = client.execute(
                                            ApiRequest.builder(HttpVerb.GET, "/nodes/{node}/status")
                                                    .pathParam("node", "pve1")
                                                    .param("n", i)
                                                    .build(),
                                            JsonNode.class);
                                    assertThat(status.get("uptime").asInt()).isEqualTo(i);
                                }
                            } catch (Throwable e) {
                                errors.add(e);
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> future : futures) {
                    future.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdown();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(errors).isEmpty();
            assertThat(served).hasValue(THREADS * REQUESTS_PER_THREAD);
            // Keep-alive: connections are pooled and reused, not opened per request.
            assertThat(server.connectionsSeen()).isBetween(1, THREADS + 8);
        }
    }

    /** The client's HTTP threads end on close; the JDK's selector thread ends once the client is unreachable. */
    private static void assertNoClientThreadsLeft(Set<String> before) throws InterruptedException {
        Set<String> leftover = Set.of();
        // The JDK's selector thread notices an unreachable client only when its select (up to 3 s) returns.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            System.gc();
            leftover = liveThreadNames().stream()
                    .filter(name -> !before.contains(name))
                    .filter(name -> name.startsWith("pvecodegen-http-") || name.startsWith("HttpClient-"))
                    .collect(Collectors.toSet());
            if (leftover.isEmpty()) {
                return;
            }
            Thread.sleep(50); // waiting for threads to finish, not for time to pass
        }
        assertThat(leftover).as("threads left behind by the closed client").isEmpty();
    }

    private static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
