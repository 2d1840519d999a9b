package dev.pvecodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.benchmarks.support.LoopbackServer;
import dev.pvecodegen.benchmarks.support.Payloads;
import dev.pvecodegen.benchmarks.support.RawClient;
import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.QemuEntry;
import dev.pvecodegen.client.pve.model.Version;
import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.PveClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one call costs through the generated client compared with {@code java.net.http} + Jackson {@code readTree}
 * by hand, against the same loopback server and the same bytes. Budget: typed ≤ 1.10 × raw.
 *
 * <p>{@code version}: the smallest answer, so the client's fixed per-request cost (request building, auth header,
 * envelope reading, the async hand-off) dominates. {@code qemu50}: a node's guest list of 50 entries, where decoding
 * into typed objects starts to count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientRequestBenchmark {
    static final String NODE = "pve1";
    static final int GUESTS = 50;

    private LoopbackServer server;
    private PveClient client;
    private Pve pve;
    private RawClient raw;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = LoopbackServer.start(
                Map.of("/version", Payloads.version(), "/nodes/" + NODE + "/qemu", Payloads.qemuList(GUESTS)));
        client = PveClient.builder()
                .host(server.baseUri().toString())
                .apiToken(LoopbackServer.TOKEN_ID, LoopbackServer.TOKEN_SECRET)
                .format(ApiFormat.JSON)
                .noRetries()
                .build();
        pve = new Pve(client);
        raw = new RawClient(server.baseUri());
        check();
    }

    /** Both sides must read the same data, or the comparison means nothing. */
    private void check() {
        Version version = typedVersion();
        if (!version.version().equals(rawVersion().get("version").asText())) {
            throw new IllegalStateException("typed and raw /version differ");
        }
        List<QemuEntry> guests = typedQemu50();
        JsonNode tree = rawQemu50();
        if (guests.size() != GUESTS
                || tree.size() != GUESTS
                || guests.get(7).maxmem().orElseThrow()
                        != tree.get(7).get("maxmem").asLong()) {
            throw new IllegalStateException("typed and raw guest lists differ");
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        raw.close();
        server.close();
    }

    // Side by side: in each group one thread calls through the generated client while another makes the raw call,
    // at the same time, so both see the same machine load. run.sh takes the ratio from these; the single-method
    // benchmarks below are for profiling one side alone (-prof gc, -prof stack).

    @Benchmark
    @Group("version")
    public Version versionTyped() {
        return typedVersion();
    }

    @Benchmark
    @Group("version")
    public JsonNode versionRaw() {
        return rawVersion();
    }

    @Benchmark
    @Group("qemu50")
    public List<QemuEntry> qemu50Typed() {
        return typedQemu50();
    }

    @Benchmark
    @Group("qemu50")
    public JsonNode qemu50Raw() {
        return rawQemu50();
    }

    @Benchmark
    public Version typedVersion() {
        return pve.version().get();
    }

    @Benchmark
    public JsonNode rawVersion() {
        return raw.get("/version");
    }

    @Benchmark
    public List<QemuEntry> typedQemu50() {
        return pve.nodes(NODE).qemu().get();
    }

    @Benchmark
    public JsonNode rawQemu50() {
        return raw.get("/nodes/" + NODE + "/qemu");
    }
}
