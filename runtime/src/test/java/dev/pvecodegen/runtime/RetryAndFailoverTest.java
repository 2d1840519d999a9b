package dev.pvecodegen.runtime;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import dev.pvecodegen.runtime.tls.Fingerprint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryAndFailoverTest {
    private static final ApiRequest VERSION =
            ApiRequest.builder(HttpVerb.GET, "/version").build();

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();
    private final RetryPolicy fixedJitter = RetryPolicy.defaults().withRandom(() -> 0.5);

    @AfterEach
    void close() {
        server.close();
    }

    /** A port on which nothing listens: connections are refused. */
    private static String refusingHost() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "127.0.0.1:" + socket.getLocalPort();
        }
    }

    private static Reply failing(AtomicInteger counter, int failures, Reply failure) {
        return counter.incrementAndGet() <= failures ? failure : Reply.ok("{\"version\":\"9.2\"}");
    }

    @Test
    void getIsRetriedOn503WithGrowingJitteredWaits() {
        AtomicInteger calls = new AtomicInteger();
        server.on("GET /version", r -> failing(calls, 2, Reply.error(503, "Service Unavailable")));

        try (PveClient client = tokenClient(server, time).retry(fixedJitter).build()) {
            assertThat(client.execute(VERSION, JsonNode.class).get("version").asText())
                    .isEqualTo("9.2");
        }

        assertThat(calls).hasValue(3);
        // base 500 ms then 1 s, each half fixed and half jitter (0.5 here).
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
    }

    @Test
    void retriesStopAtTheConfiguredAttemptsAndCanBeSwitchedOff() {
        AtomicInteger calls = new AtomicInteger();
        server.on("GET /version", r -> failing(calls, 100, Reply.error(502, "Bad Gateway")));

        try (PveClient client =
                tokenClient(server, time).retry(fixedJitter.withMaxAttempts(3)).build()) {
            assertThatThrownBy(() -> client.execute(VERSION, JsonNode.class))
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("502");
        }
        assertThat(calls).hasValue(3);

        calls.set(0);
        try (PveClient client = tokenClient(server, time).noRetries().build()) {
            assertThatThrownBy(() -> client.execute(VERSION, JsonNode.class)).isInstanceOf(ApiException.class);
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void postIsNotRetriedOn503ButIsOnTheLockTimeout() {
        AtomicInteger unavailable = new AtomicInteger();
        server.on("POST /nodes/pve1/qemu", r -> failing(unavailable, 1, Reply.error(503, "Service Unavailable")));
        AtomicInteger locked = new AtomicInteger();
        server.on(
                "POST /nodes/pve1/qemu/100/config",
                r -> failing(
                        locked,
                        2,
                        Reply.error(500, "can't lock file '/var/lock/qemu-server/lock-100.conf' - got timeout")));

        try (PveClient client = tokenClient(server, time).retry(fixedJitter).build()) {
            assertThatThrownBy(() -> client.execute(
                            ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu")
                                    .build(),
                            JsonNode.class))
                    .isInstanceOf(ApiException.class);
            client.execute(
                    ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu/100/config")
                            .build(),
                    JsonNode.class);
        }

        assertThat(unavailable).hasValue(1);
        assertThat(locked).hasValue(3);
    }

    @Test
    void aWorkerThatCouldNotStartIsRetriedEvenForPost() {
        AtomicInteger calls = new AtomicInteger();
        server.on(
                "POST /nodes/pve1/qemu/100/status/start",
                r -> failing(calls, 1, Reply.error(500, "got no worker upid - start worker failed")));
        try (PveClient client = tokenClient(server, time).retry(fixedJitter).build()) {
            client.execute(
                    ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu/100/status/start")
                            .build(),
                    JsonNode.class);
        }
        assertThat(calls).hasValue(2);
    }

    @Test
    void aBrokenConnectionIsRetriedForGet() {
        AtomicInteger calls = new AtomicInteger();
        server.on("GET /version", r -> failing(calls, 1, Reply.disconnect()));

        try (PveClient client = tokenClient(server, time).retry(fixedJitter).build()) {
            assertThat(client.execute(VERSION, JsonNode.class).get("version").asText())
                    .isEqualTo("9.2");
        }
        assertThat(calls.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void failsOverWhenTheFirstHostRefusesAndRemembersTheGoodHost() throws IOException {
        String dead = refusingHost();
        server.on("GET /version", r -> Reply.ok("{\"version\":\"9.2\"}"));

        try (PveClient client =
                tokenClient(server, time).hosts(dead, server.host()).build()) {
            assertThat(client.execute(VERSION, JsonNode.class).get("version").asText())
                    .isEqualTo("9.2");
            assertThat(client.currentHost()).isEqualTo(server.host());
            client.execute(VERSION, JsonNode.class);
        }
        assertThat(server.requests()).hasSize(2);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void allHostsRefusingIsATransportErrorNamingEachHost() throws IOException {
        String dead1 = refusingHost();
        String dead2 = refusingHost();

        try (PveClient client = tokenClient(server, time).hosts(dead1, dead2).build()) {
            assertThatThrownBy(() -> client.execute(VERSION, JsonNode.class))
                    .isInstanceOfSatisfying(
                            TransportException.class,
                            e -> assertThat(e.mayHaveReachedServer()).isFalse())
                    .hasMessageContaining(dead1)
                    .hasMessageContaining(dead2)
                    .hasMessageContaining("connection refused");
        }
        // Nothing was sent, so the whole round was repeated with backoff before giving up.
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void aPostThatTimedOutIsNeitherResentToAnotherHostNorRetried() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        AtomicInteger posts = new AtomicInteger();
        server.on("POST /nodes/pve1/qemu", r -> {
            posts.incrementAndGet();
            arrived.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.ok("null");
        });
        server.on("GET /version", r -> Reply.ok("{}"));
        try (FakeProxmox second = FakeProxmox.start()) {
            second.on("POST /nodes/pve1/qemu", r -> Reply.ok("null"));
            try (PveClient client = tokenClient(server, time)
                    .hosts(server.host(), second.host())
                    .fingerprint(Fingerprint.of(second.identity().certificate()))
                    .requestTimeout(Duration.ofSeconds(1))
                    .retry(fixedJitter)
                    .build()) {
                // Warm up, so that connection and TLS handshake are done and the timeout hits the POST itself.
                client.execute(
                        ApiRequest.builder(HttpVerb.GET, "/version")
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        JsonNode.class);
                assertThatThrownBy(() -> client.execute(
                                ApiRequest.builder(HttpVerb.POST, "/nodes/pve1/qemu")
                                        .param("vmid", 100)
                                        .build(),
                                JsonNode.class))
                        .isInstanceOfSatisfying(TransportException.class, e -> {
                            assertThat(e.mayHaveReachedServer()).isTrue();
                            assertThat(e.host()).isEqualTo(server.host());
                        })
                        .hasMessageContaining("not resent");
                // The POST did reach the server (under heavy load it may be counted after the client gave up).
                assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                release.countDown();
            }
            assertThat(second.requests()).isEmpty();
        }
        assertThat(posts).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }
}
