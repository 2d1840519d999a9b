package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import dev.pvecodegen.schema.read.SchemaReader;
import dev.pvecodegen.schema.summary.ModelSummary;
import dev.pvecodegen.schema.summary.TypeSite;
import dev.pvecodegen.schema.summary.TypeSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three real schemas of ../shared/apidoc (read in place, never copied). */
class RealSchemasTest {

    private static Map<HttpMethod, Long> byMethod(List<Operation> operations) {
        return operations.stream().collect(Collectors.groupingBy(Operation::method, Collectors.counting()));
    }

    private static Map<HttpMethod, Long> counts(long get, long post, long put, long delete) {
        Map<HttpMethod, Long> counts = new EnumMap<>(HttpMethod.class);
        counts.put(HttpMethod.GET, get);
        counts.put(HttpMethod.POST, post);
        counts.put(HttpMethod.PUT, put);
        counts.put(HttpMethod.DELETE, delete);
        counts.values().removeIf(count -> count == 0); // groupingBy has no entry for an absent method
        return counts;
    }

    /** Every {@code METHOD path} of the raw file, walked independently of the model builder. */
    private static Set<String> rawOperations(String name) throws Exception {
        JsonNode tree = SchemaReader.read(Files.readAllBytes(SharedSchemas.file(name)), name);
        Set<String> keys = new TreeSet<>();
        List<JsonNode> pending = new ArrayList<>();
        tree.forEach(pending::add);
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            node.path("info")
                    .fieldNames()
                    .forEachRemaining(m -> keys.add(m + " " + node.get("path").asText()));
            node.path("children").forEach(pending::add);
        }
        return keys;
    }

    private static Operation op(ApiModel model, HttpMethod method, String path) {
        return model.operation(method, path).orElseThrow(() -> new AssertionError(method + " " + path));
    }

    @Test
    void pve92Counts() {
        ApiModel model = SharedSchemas.model("pve-9.2");
        assertThat(model.dialect()).isEqualTo(Dialect.PVE);
        assertThat(model.operations()).hasSize(675);
        assertThat(byMethod(model.operations())).isEqualTo(counts(340, 173, 83, 79));
        assertThat(model.resources()).hasSize(449);
        assertThat(model.roots())
                .extracting(r -> r.path())
                .containsExactly("/cluster", "/nodes", "/storage", "/access", "/pools", "/version");
        assertThat(model.excluded()).isEmpty();
    }

    @Test
    void pve72Counts() {
        ApiModel model = SharedSchemas.model("pve-7.2");
        assertThat(model.dialect()).isEqualTo(Dialect.PVE);
        assertThat(model.operations()).hasSize(504);
        assertThat(byMethod(model.operations())).isEqualTo(counts(257, 138, 56, 53));
        assertThat(model.resources()).hasSize(348);
    }

    @Test
    void pbsCountsBeforeAndAfterExcludingUpgradeTrees() {
        ApiModel model = SharedSchemas.model("pbs-4.2");
        assertThat(model.dialect()).isEqualTo(Dialect.PBS);
        assertThat(model.operations()).hasSize(349);
        assertThat(model.excluded())
                .extracting(e -> e.path() + ":" + e.operationCount())
                .containsExactly("/backup/_upgrade_:14", "/reader/_upgrade_:4");
        int excluded =
                model.excluded().stream().mapToInt(e -> e.operationCount()).sum();
        assertThat(model.operations().size() + excluded).isEqualTo(367);
        assertThat(model.excluded()).allSatisfy(e -> assertThat(e.reason()).contains("HTTP/2"));
        assertThat(model.operations())
                .filteredOn(o -> o.flags().body() != BodyKind.JSON)
                .extracting(Operation::key)
                .containsExactlyInAnyOrder(
                        "GET /admin/datastore/{store}/download",
                        "GET /admin/datastore/{store}/download-decoded",
                        "GET /admin/datastore/{store}/pxar-file-download",
                        "POST /admin/datastore/{store}/upload-backup-log",
                        "GET /nodes/{node}/tasks/{upid}/log",
                        "GET /nodes/{node}/vncwebsocket",
                        "GET /backup",
                        "GET /reader");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2", "pve-7.2", "pbs-4.2"})
    void everyOperationIsInTheModel(String name) throws Exception {
        ApiModel model = SharedSchemas.model(name);
        Set<String> modelled = model.operations().stream().map(Operation::key).collect(Collectors.toSet());
        Set<String> expected = rawOperations(name);
        expected.removeIf(key -> model.excluded().stream().anyMatch(e -> key.contains(" " + e.path())));
        assertThat(modelled).isEqualTo(expected);
        assertThat(modelled).hasSize(model.operations().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2", "pve-7.2", "pbs-4.2"})
    void everyPatternCompilesAndNothingWasDropped(String name) {
        ApiModel model = SharedSchemas.model(name);
        assertThat(model.warnings()).isEmpty();
        List<String> patterns = TypeSites.of(model).stream()
                .map(TypeSite::type)
                .filter(ApiType.StringType.class::isInstance)
                .map(ApiType.StringType.class::cast)
                .flatMap(s -> s.pattern().stream())
                .toList();
        assertThat(patterns).isNotEmpty();
        patterns.forEach(Pattern::compile);
        assertThat(patterns).noneMatch(p -> p.contains("(?^") || p.contains("(?P<") || p.contains("[:cntrl:]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2", "pve-7.2", "pbs-4.2"})
    void pathParametersAreRequiredAndComplete(String name) {
        for (Operation op : SharedSchemas.model(name).operations()) {
            List<String> variables = op.path()
                    .lines()
                    .flatMap(p ->
                            Pattern.compile("\\{([^}]+)}").matcher(p).results().map(r -> r.group(1)))
                    .toList();
            assertThat(op.pathParameters())
                    .extracting(Parameter::name)
                    .as(op.key())
                    .isEqualTo(variables);
            assertThat(op.pathParameters()).allMatch(Parameter::required);
            ParameterLocation expected = op.method() == HttpMethod.GET || op.method() == HttpMethod.DELETE
                    ? ParameterLocation.QUERY
                    : ParameterLocation.BODY;
            assertThat(op.requestParameters()).allMatch(p -> p.location() == expected);
        }
    }

    @Test
    void pve92Tasks() {
        ApiModel model = SharedSchemas.model("pve-9.2");
        assertThat(model.taskOperations()).hasSize(94);
        assertThat(byMethod(model.taskOperations())).isEqualTo(counts(0, 67, 9, 18));
        assertThat(model.taskOperations())
                .extracting(Operation::key)
                .contains(
                        "POST /access/domains/{realm}/sync",
                        "POST /nodes/{node}/qemu/{vmid}/status/start",
                        "PUT /nodes/{node}/qemu/{vmid}/resize",
                        "PUT /cluster/ceph/flags",
                        "POST /nodes/{node}/migrateall")
                .doesNotContain(
                        "POST /cluster/sdn/lock",
                        "POST /nodes/{node}/qemu/{vmid}/monitor",
                        "POST /nodes/{node}/replication/{id}/schedule_now",
                        "POST /nodes/{node}/wakeonlan");
        assertThat(model.taskOperations())
                .filteredOn(o -> o.returns().optional())
                .extracting(Operation::key)
                .containsExactlyInAnyOrder(
                        "POST /nodes/{node}/qemu/{vmid}/config",
                        "DELETE /nodes/{node}/storage/{storage}/content/{volume}");
        assertThat(SharedSchemas.model("pve-7.2").taskOperations()).hasSize(88);
    }

    @Test
    void pbsTasksExcludeTheChangelogSchemaError() {
        ApiModel model = SharedSchemas.model("pbs-4.2");
        assertThat(model.taskOperations()).hasSize(27);
        assertThat(op(model, HttpMethod.GET, "/nodes/{node}/apt/changelog").isTask())
                .isFalse();
    }

    @Test
    void inlinePropertyStringsAreDeduplicated() {
        ApiModel model = SharedSchemas.declared("pve-9.2");
        assertThat(model.propertyStringFormats()).hasSize(64);
        assertThat(ModelSummary.of(model).propertyStringUses()).isEqualTo(180);
        assertThat(SharedSchemas.declared("pve-7.2").propertyStringFormats()).hasSize(43);
        String qemu = "/nodes/{node}/qemu";
        String config = qemu + "/{vmid}/config";
        PropertyStringFormat net = format(op(model, HttpMethod.POST, qemu)
                .parameter("net")
                .orElseThrow()
                .property()
                .type());
        assertThat(format(op(model, HttpMethod.POST, config)
                        .parameter("net")
                        .orElseThrow()
                        .property()
                        .type()))
                .isSameAs(net);
        assertThat(format(op(model, HttpMethod.PUT, config)
                        .parameter("net")
                        .orElseThrow()
                        .property()
                        .type()))
                .isSameAs(net);
        ApiType.ObjectType returned =
                (ApiType.ObjectType) op(model, HttpMethod.GET, config).returns().type();
        assertThat(format(returned.property("net").orElseThrow().type())).isSameAs(net);
        assertThat(net.id()).isEqualTo("qemu-net");
        assertThat(net.keyAliases()).hasSize(14);
        assertThat(net.key("macaddr")).isPresent();
        assertThat(model.propertyStringFormats().get("qemu-memory").defaultKey())
                .contains("current");
        assertThat(SharedSchemas.model("pbs-4.2").propertyStringFormats()).hasSize(10);
    }

    private static PropertyStringFormat format(ApiType type) {
        assertThat(type).isInstanceOf(ApiType.PropertyStringType.class);
        return ((ApiType.PropertyStringType) type).format();
    }

    @Test
    void opaqueAndListFormats() {
        ModelSummary summary = ModelSummary.of(SharedSchemas.declared("pve-9.2"));
        assertThat(summary.opaquePropertyStrings())
                .hasSize(19)
                .contains("pve-vm-cpu-conf", "pve-qm-ide", "pve-sdn-dhcp-range");
        assertThat(summary.listFormats()).contains("pve-vmid-list", "pve-configid-list", "pve-tag-list", "string-list");
        assertThat(ModelSummary.of(SharedSchemas.declared("pve-7.2")).listFormats())
                .contains("string-alist");
    }

    @Test
    void indexedFamilies() {
        ModelSummary summary = ModelSummary.of(SharedSchemas.model("pve-9.2"));
        assertThat(summary.indexedFamilies())
                .hasSize(17)
                .containsEntry("net[n]", new IndexRange(0, 31, true))
                .containsEntry("unused[n]", new IndexRange(0, 255, true));
        assertThat(summary.indexedFamilies().values()).allMatch(IndexRange::known);
        assertThat(ModelSummary.of(SharedSchemas.model("pve-7.2")).indexedFamilies())
                .hasSize(15);
        assertThat(ModelSummary.of(SharedSchemas.model("pbs-4.2")).indexedFamilies())
                .isEmpty();
    }

    @Test
    void unions() {
        ApiModel model = SharedSchemas.model("pve-9.2");
        assertThat(model.operations())
                .filteredOn(o -> o.unionDiscriminator().isPresent())
                .extracting(o -> o.key() + "=" + o.unionDiscriminator().get())
                .containsExactlyInAnyOrder(
                        "POST /cluster/ha/rules=type",
                        "PUT /cluster/ha/rules/{rule}=type",
                        "POST /cluster/sdn/fabrics/fabric=protocol",
                        "PUT /cluster/sdn/fabrics/fabric/{id}=protocol",
                        "POST /cluster/sdn/fabrics/node/{fabric_id}=protocol",
                        "PUT /cluster/sdn/fabrics/node/{fabric_id}/{node_id}=protocol");
        Operation node = op(model, HttpMethod.POST, "/cluster/sdn/fabrics/node/{fabric_id}");
        ApiType.OneOfType interfaces = (ApiType.OneOfType)
                node.parameter("interfaces").orElseThrow().property().type();
        assertThat(interfaces.variants())
                .extracting(v -> v.instanceTypes().get(0))
                .containsExactly("openfabric", "ospf", "wireguard", "bgp");
        assertThat(interfaces.variants()).allMatch(v -> v.type() instanceof ApiType.ArrayType);
        assertThat(node.parameter("public_key").orElseThrow().property().instanceTypes())
                .containsExactly("wireguard");
        long oneOfs = TypeSites.of(model).stream()
                .filter(s -> s.type() instanceof ApiType.OneOfType)
                .count();
        assertThat(oneOfs).isEqualTo(13);
    }

    @Test
    void rawFallbacksAllHaveReasons() {
        List<TypeSite> raw = ModelSummary.of(SharedSchemas.model("pve-9.2")).rawFallbacks();
        assertThat(raw)
                .extracting(TypeSite::location)
                .contains("GET /nodes/{node}/storage/{storage}/file-restore/download › returns")
                .as("answers declared as nothing, which config symmetry types")
                .doesNotContain("GET /cluster/ha/groups/{group} › returns", "GET /access/domains/{realm} › returns");
        assertThat(ModelSummary.of(SharedSchemas.declared("pve-9.2")).rawFallbacks())
                .extracting(TypeSite::location)
                .contains("GET /cluster/ha/groups/{group} › returns", "GET /access/domains/{realm} › returns");
        assertThat(raw)
                .allSatisfy(
                        s -> assertThat(((ApiType.AnyType) s.type()).reason()).isNotBlank());
        assertThat(ModelSummary.of(SharedSchemas.model("pbs-4.2")).rawFallbacks())
                .isEmpty();
    }

    @Test
    void missingPathVariablesAreSynthesized() {
        ApiModel model = SharedSchemas.model("pve-9.2");
        Operation put = op(model, HttpMethod.PUT, "/cluster/sdn/prefix-lists/{id}/entries/{url_seq}");
        assertThat(put.pathParameters()).extracting(Parameter::name).containsExactly("id", "url_seq");
        assertThat(put.pathParameters())
                .allMatch(p -> p.property().doc().description().orElse("").contains("not described"));
        Operation pos = op(model, HttpMethod.GET, "/cluster/firewall/rules/{pos}");
        assertThat(pos.parameter("pos").orElseThrow().required()).isTrue();
    }

    /** The real files wrapped the way the products publish them (built in memory, never written). */
    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2", "pbs-4.2"})
    void apidocJsWrappingGivesTheSameModel(String name) throws Exception {
        String json = Files.readString(SharedSchemas.file(name));
        String js = name.startsWith("pve")
                ? "const apiSchema = " + json.strip() + "\n;\n\nlet method2cmd = { GET: 'get', '[': \"]\" };\n"
                : "var apiSchema = " + json.strip() + ";\nExt.onReady(function() { var a = [\"]\", '['] });\n";
        // The .js is not a pinned file, so its product version is unknown and every supplement entry would apply:
        // compare what the schema itself declares.
        ApiModel fromJs = SchemaLoader.fromBytes(
                js.getBytes(StandardCharsets.UTF_8),
                name,
                LoadOptions.defaults()
                        .withSupplements(LoadOptions.SupplementSelection.none())
                        .withInference(false));
        assertThat(fromJs.roots()).isEqualTo(SharedSchemas.declared(name).roots());
    }

    @Test
    void loadingIsDeterministic() throws SchemaException {
        ApiModel again = SchemaLoader.load(SharedSchemas.file("pve-9.2"));
        assertThat(again).isEqualTo(SharedSchemas.model("pve-9.2"));
    }
}
