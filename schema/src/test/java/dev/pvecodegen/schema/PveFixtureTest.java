package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.ApiType.EnumType;
import dev.pvecodegen.schema.model.ApiType.ScalarKind;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One test per PVE-dialect quirk, on the hand-written fixture {@code pve-mini.json}. */
class PveFixtureTest {

    private final ApiModel model = Fixtures.model("pve-mini.json");

    private Operation op(HttpMethod method, String path) {
        return model.operation(method, path).orElseThrow(() -> new AssertionError("missing " + method + " " + path));
    }

    private Property param(HttpMethod method, String path, String name) {
        return op(method, path).parameter(name).orElseThrow().property();
    }

    private static final String CREATE = "/nodes/{node}/qemu";
    private static final String CONFIG = "/nodes/{node}/qemu/{vmid}/config";

    @Test
    void dialectAndTree() {
        assertThat(model.dialect()).isEqualTo(Dialect.PVE);
        assertThat(model.operations()).hasSize(12);
        assertThat(model.resources()).extracting(r -> r.path()).contains("/nodes/{node}", "/cluster");
        assertThat(model.resources().stream()
                        .filter(r -> r.path().equals("/nodes/{node}"))
                        .findFirst()
                        .orElseThrow()
                        .segments())
                .containsExactly(new PathSegment.Literal("nodes"), new PathSegment.Variable("node"));
        assertThat(model.excluded()).isEmpty();
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void parameterLocationsFollowTheVerb() {
        Operation create = op(HttpMethod.POST, CREATE);
        assertThat(create.parameters().get(0).location()).isEqualTo(ParameterLocation.PATH);
        assertThat(create.requestParameters()).allMatch(p -> p.location() == ParameterLocation.BODY);
        Operation delete = op(HttpMethod.DELETE, "/cluster/prefix/{id}/entries/{url_seq}");
        assertThat(delete.requestParameters()).extracting(Parameter::location).containsOnly(ParameterLocation.QUERY);
    }

    @Test
    void pathVariablesAreRequiredAndSynthesizedWhenMissing() {
        assertThat(param(HttpMethod.GET, CONFIG, "vmid").optional()).isFalse();
        Operation delete = op(HttpMethod.DELETE, "/cluster/prefix/{id}/entries/{url_seq}");
        assertThat(delete.pathParameters()).extracting(Parameter::name).containsExactly("id", "url_seq");
        assertThat(delete.pathParameters()).allMatch(Parameter::required);
        Property synthesized = delete.parameter("url_seq").orElseThrow().property();
        assertThat(synthesized.type()).isEqualTo(ApiType.StringType.plain());
        assertThat(delete.requestParameters()).extracting(Parameter::name).containsExactly("force");
        // PVE's path parameters are also listed for the whole path, in path order, first.
        assertThat(op(HttpMethod.PUT, "/cluster/prefix/{id}/entries/{url_seq}").pathParameters())
                .hasSize(2);
    }

    @Test
    void flagsAndPermissions() {
        Operation create = op(HttpMethod.POST, CREATE);
        assertThat(create.flags().protectedOp()).isTrue();
        assertThat(create.flags().proxyTo()).contains("node");
        assertThat(create.flags().allowToken()).isTrue();
        assertThat(create.permissions().check()).contains("[\"perm\",\"/vms/{vmid}\",[\"VM.Allocate\"]]");
        assertThat(create.permissions().description()).contains("You need VM.Allocate.");
        assertThat(create.name()).contains("create_vm");
        Operation start = op(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/start");
        assertThat(start.flags().allowToken()).isFalse();
        assertThat(start.flags().downloadAllowed()).isTrue();
        assertThat(start.flags().exposeCredentials()).isTrue();
        assertThat(op(HttpMethod.GET, "/nodes").permissions().user()).contains("all");
    }

    @Test
    void rootAdditionalProperties() {
        assertThat(op(HttpMethod.POST, CREATE).additionalParameters()).isFalse();
        assertThat(op(HttpMethod.GET, "/cluster/ha/rules").additionalParameters())
                .isTrue();
        // Absent: the server only rejects unknown keys when additionalProperties is present and false.
        assertThat(op(HttpMethod.DELETE, "/cluster/prefix/{id}/entries/{url_seq}")
                        .additionalParameters())
                .isTrue();
    }

    @Test
    void lenientOptionalDefaultAndBounds() {
        assertThat(param(HttpMethod.POST, CREATE, "keyboard").optional()).isTrue(); // "1"
        assertThat(param(HttpMethod.POST, CREATE, "numa").optional()).isFalse(); // 0
        assertThat(param(HttpMethod.POST, CREATE, "start").doc().defaultValue()).contains("yes");
        assertThat(param(HttpMethod.POST, CREATE, "keyboard").doc().defaultValue())
                .isEmpty(); // null
        assertThat(param(HttpMethod.POST, CREATE, "vmid").type())
                .isEqualTo(new ApiType.IntegerType(
                        Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("999999999"))));
        assertThat(param(HttpMethod.POST, CREATE, "migrate_downtime").doc().defaultValue())
                .contains("0.1");
        assertThat(param(HttpMethod.POST, CREATE, "wal_dev_size").type())
                .isEqualTo(new ApiType.NumberType(Optional.of(new BigDecimal("0.5")), Optional.empty()));
    }

    @Test
    void enums() {
        assertThat(param(HttpMethod.POST, CREATE, "saferemove-stepsize").type())
                .isEqualTo(new EnumType(ScalarKind.INTEGER, List.of("1", "2", "4")));
        // enum: null means no enum.
        assertThat(param(HttpMethod.POST, CREATE, "keyboard").type()).isInstanceOf(ApiType.StringType.class);
        // An enum without a type is a string enum.
        ApiType.ObjectType read = (ApiType.ObjectType) op(HttpMethod.GET, "/cluster/prefix/{id}/entries/{url_seq}")
                .returns()
                .type();
        assertThat(read.property("kind").orElseThrow().type())
                .isEqualTo(new EnumType(ScalarKind.STRING, List.of("a", "b")));
    }

    @Test
    void namedFormats() {
        assertThat(param(HttpMethod.POST, CREATE, "cpu").type())
                .isEqualTo(new ApiType.OpaquePropertyStringType(
                        "pve-vm-cpu-conf", Optional.of("[[cputype=]<string>] [,flags=<+FLAG[;-FLAG...]>]")));
        assertThat(param(HttpMethod.POST, CREATE, "boot").type())
                .isEqualTo(new ApiType.OpaquePropertyStringType("pve-qm-boot", Optional.empty()));
        assertThat(param(HttpMethod.POST, CREATE, "tags").type())
                .isEqualTo(new ApiType.ListStringType(
                        Optional.of("pve-tag-list"),
                        new ApiType.StringType(
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("pve-tag")),
                        ","));
        assertThat(param(HttpMethod.POST, CREATE, "node").type())
                .isEqualTo(new ApiType.StringType(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("pve-node")));
    }

    @Test
    void inlinePropertyStringsAreDeduplicatedWithAliasesAndDefaultKey() {
        ApiType create = param(HttpMethod.POST, CREATE, "net").type();
        ApiType.ObjectType config =
                (ApiType.ObjectType) op(HttpMethod.GET, CONFIG).returns().type();
        assertThat(config.property("net").orElseThrow().type()).isEqualTo(create);
        PropertyStringFormat net = ((ApiType.PropertyStringType) create).format();
        assertThat(net.id()).isEqualTo("qemu-net");
        assertThat(model.propertyStringFormats()).containsKeys("qemu-net", "qemu-scsi", "qemu-memory");
        assertThat(net.keys()).extracting(Property::name).containsExactly("model", "macaddr", "trunks", "tag");
        assertThat(net.defaultKey()).contains("model");
        assertThat(net.keyAliases())
                .containsExactly(
                        new PropertyStringFormat.KeyAlias("virtio", "model", "macaddr"),
                        new PropertyStringFormat.KeyAlias("e1000", "model", "macaddr"));
        PropertyStringFormat scsi = model.propertyStringFormats().get("qemu-scsi");
        assertThat(scsi.aliases()).containsExactly(new PropertyStringFormat.Alias("volume", "file"));
        assertThat(scsi.defaultKey()).contains("file");
        // Lists inside a property string are joined with ';'.
        assertThat(scsi.key("flags").orElseThrow().type())
                .isInstanceOfSatisfying(
                        ApiType.ListStringType.class,
                        list -> assertThat(list.separator()).isEqualTo(";"));
        assertThat(model.propertyStringFormats().get("qemu-memory").defaultKey())
                .contains("current");
    }

    @Test
    void indexedFamilies() {
        Property net = param(HttpMethod.POST, CREATE, "net");
        assertThat(net.family()).contains(new IndexRange(0, 31, true));
        assertThat(net.schemaName()).isEqualTo("net[n]");
        assertThat(net.wireName(7)).isEqualTo("net7");
        assertThat(param(HttpMethod.POST, CREATE, "scsi").family()).contains(new IndexRange(0, 30, true));
        ApiType.ObjectType config =
                (ApiType.ObjectType) op(HttpMethod.GET, CONFIG).returns().type();
        assertThat(config.property("frob").orElseThrow().family()).contains(new IndexRange(0, 255, false));
        // A scalar and a family may share a stem (numa vs numa[n]); plain names stay plain.
        assertThat(param(HttpMethod.POST, CREATE, "numa").isIndexed()).isFalse();
    }

    @Test
    void patternsAreRewrittenToCompile() {
        PropertyStringFormat net = model.propertyStringFormats().get("qemu-net");
        assertThat(((ApiType.StringType) net.key("trunks").orElseThrow().type()).pattern())
                .contains("(?:\\d+(?:-\\d+)?(?:;\\d+(?:-\\d+)?)*)");
        PropertyStringFormat scsi = model.propertyStringFormats().get("qemu-scsi");
        String vendor = ((ApiType.StringType) scsi.key("vendor").orElseThrow().type())
                .pattern()
                .orElseThrow();
        assertThat(vendor).isEqualTo("[A-Za-z0-9 ]{0,8}");
        String env = ((ApiType.StringType) param(HttpMethod.POST, CREATE, "env").type())
                .pattern()
                .orElseThrow();
        assertThat(Pattern.compile(env).matcher("\0A=1\0B=2").matches()).isTrue();
    }

    @Test
    void tasks() {
        assertThat(model.taskOperations())
                .extracting(Operation::key)
                .containsExactly("POST /nodes/{node}/qemu", "POST /nodes/{node}/qemu/{vmid}/status/start");
        assertThat(op(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/monitor")
                        .returns()
                        .type())
                .isInstanceOf(ApiType.StringType.class);
        assertThat(op(HttpMethod.POST, "/cluster/sdn/lock").isTask()).isFalse();
        assertThat(op(HttpMethod.GET, "/cluster/ha/rules").isTask()).isFalse();
    }

    @Test
    void unions() {
        Operation create = op(HttpMethod.POST, "/cluster/ha/rules");
        assertThat(create.unionDiscriminator()).contains("type");
        assertThat(create.parameter("nodes").orElseThrow().property().instanceTypes())
                .containsExactly("node-affinity");
        assertThat(create.parameter("rule").orElseThrow().property().instanceTypes())
                .isEmpty();
        ApiType.OneOfType interfaces = (ApiType.OneOfType)
                create.parameter("interfaces").orElseThrow().property().type();
        assertThat(interfaces.discriminator()).isEqualTo("type");
        assertThat(interfaces.variants())
                .extracting(ApiType.Variant::instanceTypes)
                .containsExactly(List.of("node-affinity"), List.of("resource-affinity"));
        // The second alternative has no type: inferred from items.
        assertThat(interfaces.variants().get(1).type())
                .isEqualTo(new ApiType.ArrayType(
                        new ApiType.OpaquePropertyStringType("pve-sdn-dhcp-range", Optional.empty())));
    }

    @Test
    void returns() {
        assertThat(op(HttpMethod.PUT, CONFIG).returns().type()).isInstanceOf(ApiType.NullType.class);
        assertThat(op(HttpMethod.DELETE, "/cluster/prefix/{id}/entries/{url_seq}")
                        .returns()
                        .type())
                .isInstanceOfSatisfying(
                        ApiType.AnyType.class, any -> assertThat(any.reason()).isNotBlank());
        assertThat(op(HttpMethod.PUT, "/cluster/prefix/{id}/entries/{url_seq}")
                        .returns()
                        .type())
                .isEqualTo(new ApiType.AnyType("declared type 'any'"));
        ApiType.ObjectType read = (ApiType.ObjectType) op(HttpMethod.GET, "/cluster/prefix/{id}/entries/{url_seq}")
                .returns()
                .type();
        assertThat(read.additional()).isEqualTo(new AdditionalProperties.Open());
        assertThat(((ApiType.ObjectType) read.property("extra").orElseThrow().type()).additional())
                .isEqualTo(new AdditionalProperties.Typed(new ApiType.IntegerType(Optional.empty(), Optional.empty())));
        assertThat(op(HttpMethod.GET, "/nodes").returns().type()).isInstanceOf(ApiType.ArrayType.class);
    }

    @Test
    void documentation() {
        Property description = param(HttpMethod.POST, CREATE, "description");
        assertThat(description.doc().deprecated()).isTrue();
        assertThat(param(HttpMethod.POST, CREATE, "node").doc().description()).contains("The cluster node name.");
        assertThat(param(HttpMethod.POST, CREATE, "memory").doc().typetext()).contains("[current=]<integer>");
    }

    @Test
    void pointersLocateTheInput() {
        assertThat(op(HttpMethod.POST, CREATE).pointer()).isEqualTo("/0/children/0/children/0/info/POST");
        assertThat(param(HttpMethod.POST, CREATE, "net").pointer())
                .isEqualTo("/0/children/0/children/0/info/POST/parameters/properties/net[n]");
    }

    @Test
    void jsFileGivesTheSameModel() throws SchemaException {
        ApiModel fromJs = SchemaLoader.fromBytes(Fixtures.bytes("pve-mini.js"), "pve-mini.json");
        assertThat(fromJs.roots()).isEqualTo(model.roots());
        assertThat(fromJs.propertyStringFormats()).isEqualTo(model.propertyStringFormats());
    }

    @Test
    void sameInputSameModel() {
        assertThat(Fixtures.model("pve-mini.json")).isEqualTo(model);
    }
}
