package dev.pvecodegen.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.benchmarks.support.Payloads;
import dev.pvecodegen.client.pve.model.ClusterResource;
import dev.pvecodegen.client.pve.model.ClusterResourceType;
import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.drift.DriftMonitor;
import dev.pvecodegen.runtime.drift.DriftScope;
import dev.pvecodegen.runtime.http.Endpoint;
import dev.pvecodegen.runtime.http.RawResponse;
import dev.pvecodegen.runtime.http.ResponseDecoder;
import dev.pvecodegen.runtime.json.PveJson;
import dev.pvecodegen.runtime.support.TypeRefs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding a {@code /cluster/resources} answer of 10 000 entries into the generated {@code ClusterResource}
 * list (the mapper, type and {@link ResponseDecoder} that {@code PveClient} uses) compared with Jackson
 * {@code readTree} of the same bytes. Budget: typed ≥ 0.8 × the tree's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TypedDecodingBenchmark {
    static final int ENTRIES = 10_000;

    private byte[] body;
    private static final Endpoint ENDPOINT = new Endpoint("http", "127.0.0.1", 8006);
    private static final ApiRequest REQUEST =
            ApiRequest.builder(HttpVerb.GET, "/cluster/resources").build();

    private ObjectMapper pveMapper;
    private ResponseDecoder decoder;
    private JavaType itemList;
    private ObjectMapper plainMapper;
    private final DriftMonitor monitor = new DriftMonitor();

    @Setup
    public void prepare() throws IOException {
        body = Payloads.clusterResources(ENTRIES);
        pveMapper = PveJson.newMapper();
        decoder = new ResponseDecoder(pveMapper, ApiFormat.JSON);
        itemList = pveMapper.constructType(TypeRefs.listOf(ClusterResource.class));
        plainMapper = new ObjectMapper();
        check();
    }

    /** The typed side must not lose what the tree sees; fail the run rather than measure a broken decode. */
    private void check() throws IOException {
        List<ClusterResource> items = typed();
        JsonNode tree = tree().get("data");
        if (items.size() != ENTRIES || tree.size() != ENTRIES) {
            throw new IllegalStateException("expected " + ENTRIES + " entries, got " + items.size());
        }
        for (int i = 0; i < ENTRIES; i++) {
            ClusterResource item = items.get(i);
            JsonNode node = tree.get(i);
            if (!item.id().equals(node.get("id").asText())
                    || !item.type().wireValue().equals(node.get("type").asText())
                    || (node.has("maxmem")
                            && item.maxmem().orElseThrow() != node.get("maxmem").asLong())
                    || (node.has("vmid")
                            && item.vmid().orElseThrow() != node.get("vmid").asInt())
                    || (node.has("template")
                            && item.template().orElseThrow()
                                    != (node.get("template").asInt() == 1))
                    || !item.additionalProperties().isEmpty()) {
                throw new IllegalStateException("entry " + i + " decoded differently: " + node);
            }
        }
        if (items.stream().noneMatch(item -> item.type().equals(ClusterResourceType.STORAGE))) {
            throw new IllegalStateException("the payload has no storage entries");
        }
        driftScoped();
        if (!monitor.snapshot().isEmpty()) {
            throw new IllegalStateException("the payload drifts from the schema: " + monitor.snapshot());
        }
    }

    /** Side by side: one thread decodes typed while another builds the tree, so both see the same load. */
    @Benchmark
    @Group("paired")
    public List<ClusterResource> pairedTyped() {
        return typed();
    }

    @Benchmark
    @Group("paired")
    public JsonNode pairedTree() throws IOException {
        return tree();
    }

    /**
     * Side by side: the same decode inside a drift scope, as every {@code PveClient} call runs it, and outside one.
     * The answer holds no surprise, so the scope must cost nothing measurable (issue 12).
     */
    @Benchmark
    @Group("drift")
    public List<ClusterResource> driftScoped() {
        DriftScope scope = DriftScope.open(monitor, REQUEST);
        try {
            return typed();
        } finally {
            scope.close();
        }
    }

    @Benchmark
    @Group("drift")
    public List<ClusterResource> driftUnscoped() {
        return typed();
    }

    /** The client's own decoder: walks the envelope and decodes {@code data} from the stream into the typed list. */
    @Benchmark
    public List<ClusterResource> typed() {
        return decoder.decode(new RawResponse(ENDPOINT, 200, new ByteArrayInputStream(body)), REQUEST, itemList);
    }

    /** The baseline: the whole answer as a tree, as a hand-written client would read it. */
    @Benchmark
    public JsonNode tree() throws IOException {
        return plainMapper.readTree(new ByteArrayInputStream(body));
    }
}
