package dev.pvecodegen.benchmarks.startup;

import dev.pvecodegen.benchmarks.support.LoopbackServer;
import dev.pvecodegen.benchmarks.support.Payloads;
import dev.pvecodegen.benchmarks.support.RawClient;
import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.PveClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * Threads started per request, generated client vs raw {@code java.net.http}: the figure behind the client-overhead
 * analysis in BENCHMARKS.md, independent of the machine's load. Should be ~0 for both.
 * {@code java -cp benchmarks/target/benchmarks.jar dev.pvecodegen.benchmarks.startup.ThreadsPerRequestProbe}
 */
public final class ThreadsPerRequestProbe {
    private static final int WARM_UP = 200;
    private static final int REQUESTS = 1_000;

    private ThreadsPerRequestProbe() {}

    public static void main(String[] args) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LoopbackServer server = LoopbackServer.start(Map.of("/version", Payloads.version()));
                PveClient client = PveClient.builder()
                        .host(server.baseUri().toString())
                        .apiToken(LoopbackServer.TOKEN_ID, LoopbackServer.TOKEN_SECRET)
                        .format(ApiFormat.JSON)
                        .build();
                RawClient raw = new RawClient(server.baseUri())) {
            Pve pve = new Pve(client);
            for (int i = 0; i < WARM_UP; i++) {
                pve.version().get();
                raw.get("/version");
            }
            long before = threads.getTotalStartedThreadCount();
            for (int i = 0; i < REQUESTS; i++) {
                raw.get("/version");
            }
            long afterRaw = threads.getTotalStartedThreadCount();
            for (int i = 0; i < REQUESTS; i++) {
                pve.version().get();
            }
            long afterTyped = threads.getTotalStartedThreadCount();
            System.out.printf(
                    "common pool parallelism %d; threads started per request: raw %.3f, generated client" + " %.3f%n",
                    ForkJoinPool.getCommonPoolParallelism(),
                    (afterRaw - before) / (double) REQUESTS,
                    (afterTyped - afterRaw) / (double) REQUESTS);
        }
    }
}
