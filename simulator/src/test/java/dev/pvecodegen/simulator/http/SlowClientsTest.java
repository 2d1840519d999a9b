package dev.pvecodegen.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Clients that open a connection and send their request slowly, or not at all, hold a worker only until the read
 * deadline, and never more workers than the pool has: the server stays usable and its thread count bounded.
 */
class SlowClientsTest {
    private static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofMillis(800), 4, 16);

    private static void answer(HttpExchange exchange) throws IOException {
        byte[] body = ("read " + exchange.getRequestBody().readAllBytes().length).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static long workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("pve-simulator-http-"))
                .count();
    }

    private static Socket slowClient(int port, String partialRequest) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(60_000); // a hang guard only
        socket.getOutputStream().write(partialRequest.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** True when the server closed (or reset) the connection without answering. */
    private static boolean closedWithoutAnswer(Socket socket) throws IOException {
        try (InputStream in = socket.getInputStream()) {
            return in.read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static String request(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void slowHeadersAndBodiesAreCutOffAndHoldNoMoreThanThePool() throws Exception {
        long before = workerThreads();
        try (SimulatorServer server =
                SimulatorServer.start("127.0.0.1", 0, Optional.empty(), LIMITS, SlowClientsTest::answer)) {
            int port = server.port();
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                slow.add(
                        slowClient(
                                port,
                                i % 2 == 0
                                        ? "GET /api2/json/version HTTP/1.1\r\nHost: x\r\n" // headers never end
                                        : "POST /api2/json/x HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc")); // nor the body
            }
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(workerThreads() - before, Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            try {
                for (Socket socket : slow) {
                    try (socket) {
                        assertThat(closedWithoutAnswer(socket)).isTrue();
                    }
                }
            } finally {
                sampler.interrupt();
                sampler.join();
            }
            assertThat(peak.get()).as("worker threads while 40 clients stalled").isLessThanOrEqualTo(LIMITS.workers());
            assertThat(request(
                            port,
                            "POST /api2/json/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                    + "Content-Length: 3\r\n\r\nabc"))
                    .as("a prompt client after the stall")
                    .startsWith("HTTP/1.1 200")
                    .endsWith("read 3");
        }
    }
}
