package dev.pvecodegen.generator.diff;

import static dev.pvecodegen.generator.diff.Fixtures.array;
import static dev.pvecodegen.generator.diff.Fixtures.deprecatedProp;
import static dev.pvecodegen.generator.diff.Fixtures.enumOf;
import static dev.pvecodegen.generator.diff.Fixtures.family;
import static dev.pvecodegen.generator.diff.Fixtures.integer;
import static dev.pvecodegen.generator.diff.Fixtures.listString;
import static dev.pvecodegen.generator.diff.Fixtures.model;
import static dev.pvecodegen.generator.diff.Fixtures.nothing;
import static dev.pvecodegen.generator.diff.Fixtures.object;
import static dev.pvecodegen.generator.diff.Fixtures.op;
import static dev.pvecodegen.generator.diff.Fixtures.param;
import static dev.pvecodegen.generator.diff.Fixtures.pathParam;
import static dev.pvecodegen.generator.diff.Fixtures.prop;
import static dev.pvecodegen.generator.diff.Fixtures.propertyString;
import static dev.pvecodegen.generator.diff.Fixtures.string;
import static dev.pvecodegen.generator.diff.Fixtures.upid;
import static dev.pvecodegen.schema.model.HttpMethod.DELETE;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;
import static dev.pvecodegen.schema.model.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.OperationFlags;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.model.Permissions;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import dev.pvecodegen.schema.model.Returns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final String QEMU = "/nodes/{node}/qemu";

    private static DiffReport diff(Operation before, Operation after) {
        return SchemaDiff.compare(model("old", before), model("new", after));
    }

    private static Change only(DiffReport report) {
        assertThat(report.changes()).hasSize(1);
        return report.changes().get(0);
    }

    private static Operation create(Parameter... parameters) {
        return op(POST, QEMU, upid(), parameters);
    }

    @Test
    void identicalModelsHaveNoChanges() {
        Operation op = create(pathParam("node"), param("memory", integer(16L, null), true));
        DiffReport report = diff(op, op);
        assertThat(report.changes()).isEmpty();
        assertThat(report.operations()).isEqualTo(new DiffReport.OperationCounts(0, 0, 1));
        assertThat(report.hasBreakingChanges()).isFalse();
    }

    @Test
    void operationsAddedAndRemovedAreCountedAndClassified() {
        ApiModel before = model("old", op(GET, "/a", nothing()), op(GET, "/b", nothing()));
        ApiModel after = model("new", op(GET, "/b", nothing()), op(POST, "/c", upid()));
        DiffReport report = SchemaDiff.compare(before, after);
        assertThat(report.operations()).isEqualTo(new DiffReport.OperationCounts(1, 1, 1));
        assertThat(report.changes())
                .extracting(Change::kind, Change::severity, c -> c.location().operationKey())
                .containsExactly(
                        tuple(ChangeKind.OPERATION_REMOVED, Severity.BREAKING, "GET /a"),
                        tuple(ChangeKind.OPERATION_ADDED, Severity.ADDITIVE, "POST /c"));
        assertThat(report.changes().get(1).message()).isEqualTo("operation added (starts a task)");
    }

    @Test
    void renamedPathIsRemovedPlusAddedWithAHint() {
        ApiModel before = model("old", op(GET, "/nodes/{node}/ceph/pools/{name}", nothing()));
        ApiModel after = model("new", op(GET, "/nodes/{node}/ceph/pool/{name}", nothing()));
        DiffReport report = SchemaDiff.compare(before, after);
        assertThat(report.operations()).isEqualTo(new DiffReport.OperationCounts(1, 1, 0));
        assertThat(report.changes(Severity.BREAKING))
                .singleElement()
                .satisfies(c -> assertThat(c.message())
                        .isEqualTo("operation removed (see `GET /nodes/{node}/ceph/pool/{name}`)"));
    }

    @Test
    void renamedVariableIsHintedButUnrelatedPathsAreNot() {
        ApiModel before = model("old", op(GET, "/hw/pci/{pciid}", nothing()), op(GET, "/scan/glusterfs", nothing()));
        ApiModel after =
                model("new", op(GET, "/hw/pci/{pci-id-or-mapping}", nothing()), op(GET, "/scan/nfs", nothing()));
        DiffReport report = SchemaDiff.compare(before, after);
        assertThat(report.changes(Severity.BREAKING))
                .extracting(Change::message)
                .containsExactly("operation removed (see `GET /hw/pci/{pci-id-or-mapping}`)", "operation removed");
    }

    @Test
    void optionalParameterAddedIsAdditive() {
        Change change = only(diff(create(), create(param("balloon", integer(0L, null), true))));
        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_ADDED);
        assertThat(change.severity()).isEqualTo(Severity.ADDITIVE);
        assertThat(change.location().element()).isEqualTo("balloon");
        assertThat(change.message()).isEqualTo("new optional parameter (integer (0..))");
    }

    @Test
    void requiredParameterAddedIsBreaking() {
        Change change = only(diff(create(), create(param("ostype", string(), false))));
        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_ADDED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.consequence()).contains("must now set it");
    }

    @Test
    void parameterRemovedIsBreakingAndMentionsDeprecation() {
        Operation before = op(
                POST,
                "/cluster/backup",
                nothing(),
                new Parameter(ParameterLocation.BODY, deprecatedProp("maxfiles", integer(0L, null), true)));
        Change change = only(diff(before, op(POST, "/cluster/backup", nothing())));
        assertThat(change.kind()).isEqualTo(ChangeKind.PARAMETER_REMOVED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.message()).isEqualTo("parameter removed (it was marked deprecated)");
        assertThat(change.consequence()).contains("no longer compiles");
    }

    @Test
    void optionalToRequiredIsBreakingAndBackIsAdditive() {
        Operation optional = op(POST, "/exec", nothing(), param("command", string(), true));
        Operation required = op(POST, "/exec", nothing(), param("command", string(), false));
        Change tightened = only(diff(optional, required));
        assertThat(tightened.kind()).isEqualTo(ChangeKind.NOW_REQUIRED);
        assertThat(tightened.severity()).isEqualTo(Severity.BREAKING);
        assertThat(tightened.consequence()).contains("`command`", "requires it");
        Change relaxed = only(diff(required, optional));
        assertThat(relaxed.kind()).isEqualTo(ChangeKind.NOW_OPTIONAL);
        assertThat(relaxed.severity()).isEqualTo(Severity.ADDITIVE);
    }

    @Test
    void integerBecomingPropertyStringIsATypeChangeThatKeepsBareValuesOnTheWire() {
        ApiType memory = propertyString("qemu-memory", "current", prop("current", integer(16L, null), true));
        Change change =
                only(diff(create(param("memory", integer(16L, null), true)), create(param("memory", memory, true))));
        assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.message())
                .isEqualTo("type changed from integer (16..) to property string `[current=]<integer>`");
        assertThat(change.consequence())
                .isEqualTo("`memory` is now a property string: its setter takes a "
                        + "property-string value class instead of an integer (`int`/`long`); on the wire a bare integer is "
                        + "still accepted (as `current`)");
    }

    @Test
    void nulSeparatedListBecomingAnArrayIsATypeChange() {
        Operation before = op(POST, "/exec", nothing(), param("command", listString("string-alist", "\0"), true));
        Operation after = op(POST, "/exec", nothing(), param("command", array(string()), true));
        Change change = only(diff(before, after));
        assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        assertThat(change.message())
                .isEqualTo("type changed from list string `string-alist` (NUL-separated) to array of string");
        assertThat(change.consequence())
                .isEqualTo("`command` is now an array: the values travel as repeated keys "
                        + "instead of one NUL-separated string, so a client generated from the old schema sends one joined "
                        + "value the server no longer splits");
    }

    @Test
    void formatChangesOfInputsBreakWhenValidationIsAddedAndNotWhenRemoved() {
        Operation free = op(POST, "/storage", nothing(), param("blocksize", string(), true));
        Operation validated = op(POST, "/storage", nothing(), param("blocksize", string("zfs-blocksize"), true));
        Operation other = op(POST, "/storage", nothing(), param("blocksize", string("other"), true));
        Change added = only(diff(free, validated));
        assertThat(added.kind()).isEqualTo(ChangeKind.FORMAT_CHANGED);
        assertThat(added.severity()).isEqualTo(Severity.BREAKING);
        assertThat(added.message()).isEqualTo("format `zfs-blocksize` added");
        assertThat(only(diff(validated, free)).severity()).isEqualTo(Severity.ADDITIVE);
        assertThat(only(diff(validated, other)).message()).isEqualTo("format changed from `zfs-blocksize` to `other`");
    }

    @Test
    void stringBecomingAnOpaquePropertyStringIsOnlyAFormatChange() {
        Change change = only(diff(
                op(POST, "/x", nothing(), param("boot", string(), true)),
                op(
                        POST,
                        "/x",
                        nothing(),
                        param(
                                "boot",
                                new ApiType.OpaquePropertyStringType(
                                        "pve-qm-boot", Optional.of("[order=<device[;device...]>]")),
                                true))));
        assertThat(change.kind()).isEqualTo(ChangeKind.FORMAT_CHANGED);
        assertThat(change.message()).isEqualTo("format `pve-qm-boot` added");
        assertThat(change.consequence()).startsWith("the Java type is unchanged");
    }

    @Test
    void stringBecomingEnumIsATypeChange() {
        Change change = only(diff(
                op(POST, "/storage", nothing(), param("format", string("pve-storage-format"), true)),
                op(POST, "/storage", nothing(), param("format", enumOf("raw", "qcow2"), true))));
        assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        assertThat(change.consequence())
                .contains("a generated enum instead of `String`", "only the listed values are accepted");
    }

    @Test
    void enumValuesRemovedBreakAndAddedAreAdditive() {
        DiffReport report = diff(
                op(GET, "/x", nothing(), param("mode", enumOf("a", "b", "c"), true)),
                op(GET, "/x", nothing(), param("mode", enumOf("a", "c", "d", "e"), true)));
        assertThat(report.changes())
                .extracting(Change::kind, Change::severity, Change::message)
                .containsExactly(
                        tuple(ChangeKind.ENUM_VALUES_ADDED, Severity.ADDITIVE, "enum values added: `d`, `e`"),
                        tuple(ChangeKind.ENUM_VALUES_REMOVED, Severity.BREAKING, "enum value removed: `b`"));
    }

    @Test
    void narrowedRangeBreaksInputsAndWidenedRangeIsAdditive() {
        Operation wide = op(PUT, "/x", nothing(), param("cores", integer(1L, 128L), true));
        Operation narrow = op(PUT, "/x", nothing(), param("cores", integer(1L, 64L), true));
        Change narrowed = only(diff(wide, narrow));
        assertThat(narrowed.kind()).isEqualTo(ChangeKind.RANGE_CHANGED);
        assertThat(narrowed.severity()).isEqualTo(Severity.BREAKING);
        assertThat(narrowed.message()).isEqualTo("range changed from (1..128) to (1..64)");
        assertThat(only(diff(narrow, wide)).severity()).isEqualTo(Severity.ADDITIVE);
    }

    @Test
    void integerWidthFlipsBreakSettersGoingToIntAndGettersGoingToLong() {
        Operation small =
                op(PUT, "/x", object(prop("size", integer(0L, 1000L), false)), param("size", integer(0L, 1000L), true));
        Operation large = op(
                PUT,
                "/x",
                object(prop("size", integer(0L, 10_000_000_000L), false)),
                param("size", integer(0L, 10_000_000_000L), true));
        DiffReport widened = diff(small, large);
        assertThat(widened.changes())
                .extracting(c -> c.location().element(), Change::severity)
                .containsExactly(tuple("size", Severity.ADDITIVE), tuple("returns.size", Severity.BREAKING));
        assertThat(widened.changes().get(1).consequence()).contains("from `int` to `long`");
        DiffReport narrowed = diff(large, small);
        assertThat(narrowed.changes())
                .extracting(c -> c.location().element(), Change::severity)
                .containsExactly(tuple("size", Severity.BREAKING), tuple("returns.size", Severity.NEUTRAL));
        assertThat(narrowed.changes().get(0).consequence()).contains("from `long` to `int`");
    }

    @Test
    void subKeyThatBecameAnAliasSaysSo() {
        ApiType before = propertyString(
                "agent",
                "enabled",
                prop("enabled", new ApiType.BooleanType(), true),
                prop("freeze-fs-on-backup", new ApiType.BooleanType(), true));
        ApiType after = new ApiType.PropertyStringType(new PropertyStringFormat(
                "agent",
                Optional.empty(),
                List.of(
                        prop("enabled", new ApiType.BooleanType(), true),
                        prop("freeze-fs", new ApiType.BooleanType(), true)),
                Optional.of("enabled"),
                List.of(new PropertyStringFormat.Alias("freeze-fs-on-backup", "freeze-fs")),
                List.of(),
                "/f"));
        DiffReport report = diff(create(param("agent", before, true)), create(param("agent", after, true)));
        assertThat(report.changes())
                .extracting(c -> c.location().element(), Change::message)
                .containsExactly(
                        tuple("agent#freeze-fs", "new optional sub-key (boolean)"),
                        tuple("agent#freeze-fs-on-backup", "sub-key removed (now an alias of `freeze-fs`)"));
    }

    @Test
    void propertyStringSubKeysAddedRemovedAndChanged() {
        ApiType before = propertyString(
                "net",
                "model",
                prop("model", enumOf("virtio", "e1000"), false),
                prop("rate", integer(0L, null), true),
                prop("tag", integer(1L, 4094L), true));
        ApiType after = propertyString(
                "net",
                "model",
                prop("model", enumOf("virtio", "e1000"), false),
                prop("tag", string(), true),
                prop("mtu", integer(1L, 65520L), true));
        DiffReport report = diff(create(param("net", before, true)), create(param("net", after, true)));
        assertThat(report.changes())
                .extracting(c -> c.location().element(), Change::kind, Change::severity)
                .containsExactly(
                        tuple("net#mtu", ChangeKind.SUB_KEY_ADDED, Severity.ADDITIVE),
                        tuple("net#rate", ChangeKind.SUB_KEY_REMOVED, Severity.BREAKING),
                        tuple("net#tag", ChangeKind.TYPE_CHANGED, Severity.BREAKING));
    }

    @Test
    void defaultKeyChangeIsReported() {
        ApiType before = propertyString("f", "file", prop("file", string(), false), prop("size", string(), true));
        ApiType after = propertyString("f", "size", prop("file", string(), false), prop("size", string(), true));
        Change change = only(diff(create(param("scsi", before, true)), create(param("scsi", after, true))));
        assertThat(change.kind()).isEqualTo(ChangeKind.DEFAULT_KEY_CHANGED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.message()).isEqualTo("default key changed from `file` to `size`");
    }

    @Test
    void nothingBecomingATaskIsAReturnTypeChange() {
        String resize = "/nodes/{node}/qemu/{vmid}/resize";
        Change change = only(diff(op(PUT, resize, nothing()), op(PUT, resize, upid())));
        assertThat(change.kind()).isEqualTo(ChangeKind.RETURN_TYPE_CHANGED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.location().element()).isEqualTo("returns");
        assertThat(change.message()).isEqualTo("return type changed from nothing to task id (UPID)");
        assertThat(change.consequence()).startsWith("the operation now runs as a task");
    }

    @Test
    void returnedObjectPropertiesAreComparedAsOutputs() {
        ApiType before = array(object(
                prop("vmid", integer(null, null), false), prop("lock", string(), true), prop("name", string(), false)));
        ApiType after = array(object(
                prop("vmid", integer(null, null), false), prop("name", string(), true), prop("tags", string(), true)));
        DiffReport report = diff(op(GET, QEMU, before), op(GET, QEMU, after));
        assertThat(report.changes())
                .extracting(c -> c.location().element(), Change::kind, Change::severity)
                .containsExactly(
                        tuple("returns[].lock", ChangeKind.PROPERTY_REMOVED, Severity.BREAKING),
                        tuple("returns[].name", ChangeKind.NOW_OPTIONAL, Severity.BREAKING),
                        tuple("returns[].tags", ChangeKind.PROPERTY_ADDED, Severity.ADDITIVE));
    }

    @Test
    void enumValuesAddedToAResponseAreAdditive() {
        DiffReport report = diff(
                op(GET, "/s", object(prop("status", enumOf("running"), false))),
                op(GET, "/s", object(prop("status", enumOf("running", "paused"), false))));
        Change change = only(report);
        assertThat(change.location().element()).isEqualTo("returns.status");
        assertThat(change.severity()).isEqualTo(Severity.ADDITIVE);
        assertThat(change.consequence()).contains("default branch");
    }

    @Test
    void familyRangeChangeIsReportedAndScalarVersusFamilyAreDistinct() {
        Operation before = create(
                new Parameter(ParameterLocation.BODY, family("net", string(), 31)),
                param("numa", new ApiType.BooleanType(), true));
        Operation after = create(
                new Parameter(ParameterLocation.BODY, family("net", string(), 15)),
                new Parameter(ParameterLocation.BODY, family("numa", string(), 7)));
        DiffReport report = diff(before, after);
        assertThat(report.changes())
                .extracting(c -> c.location().element(), Change::kind)
                .containsExactly(
                        tuple("net[n]", ChangeKind.FAMILY_RANGE_CHANGED),
                        tuple("numa", ChangeKind.PARAMETER_REMOVED),
                        tuple("numa[n]", ChangeKind.PARAMETER_ADDED));
        assertThat(report.changes().get(0).severity()).isEqualTo(Severity.BREAKING);
    }

    @Test
    void aliasChangeIsNeutralAndTokenRefusalIsBreaking() {
        OperationFlags noToken = new OperationFlags(false, false, Optional.empty(), false, false, BodyKind.JSON);
        Operation before = op(GET, "/hw/pci", Optional.of("pciscan"), OperationFlags.defaults(), nothing());
        Operation after = op(GET, "/hw/pci", Optional.of("pci_scan"), noToken, nothing());
        DiffReport report = diff(before, after);
        assertThat(report.changes())
                .extracting(Change::kind, Change::severity)
                .containsExactly(
                        tuple(ChangeKind.OPERATION_ALIAS_CHANGED, Severity.NEUTRAL),
                        tuple(ChangeKind.TOKEN_SUPPORT_CHANGED, Severity.BREAKING));
    }

    @Test
    void deprecationIsNeutral() {
        Operation before = op(POST, "/b", nothing(), param("mailto", string(), true));
        Operation after = op(
                POST, "/b", nothing(), new Parameter(ParameterLocation.BODY, deprecatedProp("mailto", string(), true)));
        Change change = only(diff(before, after));
        assertThat(change.kind()).isEqualTo(ChangeKind.DEPRECATION_CHANGED);
        assertThat(change.severity()).isEqualTo(Severity.NEUTRAL);
    }

    @Test
    void reportIsIndependentOfSchemaOrder() {
        List<Operation> before = List.of(
                op(GET, "/b", nothing(), param("x", string(), true)),
                op(DELETE, "/a", nothing()),
                op(GET, "/a", nothing()));
        List<Operation> after = List.of(
                op(GET, "/a", upid()),
                op(POST, "/c", nothing()),
                op(GET, "/b", nothing(), param("y", string(), false)));
        DiffReport forward = SchemaDiff.compare(
                model("old", before.toArray(Operation[]::new)), model("new", after.toArray(Operation[]::new)));
        DiffReport backward = SchemaDiff.compare(
                model("old", reversed(before).toArray(Operation[]::new)),
                model("new", reversed(after).toArray(Operation[]::new)));
        assertThat(forward).isEqualTo(backward);
        assertThat(forward.changes())
                .extracting(c -> c.location().toString())
                .containsExactly("GET /a returns", "DELETE /a", "GET /b x", "GET /b y", "POST /c");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.render(forward)).isEqualTo(format.render(backward));
        }
    }

    @Test
    void unionVariantsAddedAndRemovedAndCommonOnesCompared() {
        ApiType before = new ApiType.OneOfType(
                "protocol",
                List.of(
                        new ApiType.Variant(List.of("ospf"), array(string())),
                        new ApiType.Variant(List.of("openfabric"), array(string()))));
        ApiType after = new ApiType.OneOfType(
                "protocol",
                List.of(
                        new ApiType.Variant(List.of("ospf"), array(enumOf("a"))),
                        new ApiType.Variant(List.of("bgp"), array(string()))));
        DiffReport report = diff(
                op(POST, "/f", nothing(), param("interfaces", before, true)),
                op(POST, "/f", nothing(), param("interfaces", after, true)));
        assertThat(report.changes())
                .extracting(c -> c.location().element(), Change::kind, Change::severity, Change::message)
                .containsExactly(
                        tuple(
                                "interfaces",
                                ChangeKind.UNION_VARIANTS_CHANGED,
                                Severity.ADDITIVE,
                                "variant for bgp added"),
                        tuple(
                                "interfaces",
                                ChangeKind.UNION_VARIANTS_CHANGED,
                                Severity.BREAKING,
                                "variant for openfabric removed"),
                        tuple(
                                "interfaces(ospf)[]",
                                ChangeKind.TYPE_CHANGED,
                                Severity.BREAKING,
                                "type changed from string to enum of 1 value"));
    }

    @Test
    void propertyRestrictedToFewerVariantsIsBreaking() {
        Property common = prop("area", string(), true);
        Property ospfOnly =
                new Property("area", string(), true, Documentation.empty(), Optional.empty(), List.of("ospf"), "/p");
        Change change = only(diff(
                op(POST, "/f", nothing(), new Parameter(ParameterLocation.BODY, common)),
                op(POST, "/f", nothing(), new Parameter(ParameterLocation.BODY, ospfOnly))));
        assertThat(change.kind()).isEqualTo(ChangeKind.UNION_VARIANTS_CHANGED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.message()).isEqualTo("applies to all variants before, `ospf` now");
    }

    @Test
    void responseMapValueTypesAreComparedAndMapVersusClassIsATypeChange() {
        ApiType mapOfStrings =
                new ApiType.ObjectType(List.of(), new AdditionalProperties.Typed(string()), Optional.empty());
        ApiType mapOfInts = new ApiType.ObjectType(
                List.of(), new AdditionalProperties.Typed(integer(null, null)), Optional.empty());
        Change valueChange = only(diff(op(GET, "/m", mapOfStrings), op(GET, "/m", mapOfInts)));
        assertThat(valueChange.location().element()).isEqualTo("returns.*");
        assertThat(valueChange.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
        Change shapeChange = only(diff(op(GET, "/m", mapOfStrings), op(GET, "/m", object(prop("a", string(), true)))));
        assertThat(shapeChange.kind()).isEqualTo(ChangeKind.RETURN_TYPE_CHANGED);
        assertThat(shapeChange.message()).isEqualTo("return type changed from map to object");
    }

    @Test
    void listSeparatorChangeBreaksInputs() {
        Change change = only(diff(
                op(POST, "/l", nothing(), param("vms", listString("pve-vmid-list", ","), true)),
                op(POST, "/l", nothing(), param("vms", listString("pve-vmid-list", "\0"), true))));
        assertThat(change.kind()).isEqualTo(ChangeKind.SEPARATOR_CHANGED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.message()).isEqualTo("list separator changed from comma to NUL");
    }

    @Test
    void constraintsOfResponsesAreNeutral() {
        ApiType before = object(prop(
                "id",
                new ApiType.StringType(Optional.empty(), Optional.of(64), Optional.empty(), Optional.empty()),
                false));
        ApiType after = object(prop(
                "id",
                new ApiType.StringType(
                        Optional.empty(), Optional.of(32), Optional.of("\\S+"), Optional.of("pve-configid")),
                false));
        DiffReport report = diff(op(GET, "/c", before), op(GET, "/c", after));
        assertThat(report.changes())
                .extracting(Change::kind)
                .containsExactly(ChangeKind.FORMAT_CHANGED, ChangeKind.PATTERN_CHANGED, ChangeKind.RANGE_CHANGED);
        assertThat(report.changes()).allSatisfy(c -> {
            assertThat(c.severity()).isEqualTo(Severity.NEUTRAL);
            assertThat(c.consequence()).startsWith("documentation only");
        });
    }

    @Test
    void narrowedStringLengthOfAnInputIsBreaking() {
        ApiType before = new ApiType.StringType(Optional.of(5), Optional.of(64), Optional.empty(), Optional.empty());
        ApiType after = new ApiType.StringType(Optional.of(8), Optional.of(64), Optional.empty(), Optional.empty());
        Change change = only(diff(
                op(PUT, "/access/password", nothing(), param("password", before, false)),
                op(PUT, "/access/password", nothing(), param("password", after, false))));
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.message()).isEqualTo("length changed from (5..64) to (8..64)");
    }

    @Test
    void downloadInsteadOfJsonIsBreaking() {
        OperationFlags download = new OperationFlags(true, false, Optional.empty(), false, false, BodyKind.DOWNLOAD);
        Change change = only(diff(
                op(GET, "/log", Optional.empty(), OperationFlags.defaults(), string()),
                op(GET, "/log", Optional.empty(), download, string())));
        assertThat(change.kind()).isEqualTo(ChangeKind.BODY_KIND_CHANGED);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.message()).isEqualTo("payload changed from JSON to a raw download stream");
    }

    @Test
    void taskResultBecomingOptionalIsBreaking() {
        Operation always = op(POST, "/cfg", upid());
        Operation sometimes = new Operation(
                POST,
                "/cfg",
                Optional.empty(),
                Documentation.empty(),
                Permissions.none(),
                OperationFlags.defaults(),
                List.of(),
                false,
                Optional.empty(),
                new Returns(upid(), true, Documentation.empty(), "/r"),
                "/op");
        Change change = only(diff(always, sometimes));
        assertThat(change.kind()).isEqualTo(ChangeKind.NOW_OPTIONAL);
        assertThat(change.severity()).isEqualTo(Severity.BREAKING);
        assertThat(change.location().element()).isEqualTo("returns");
        assertThat(only(diff(sometimes, always)).severity()).isEqualTo(Severity.ADDITIVE);
    }

    private static List<Operation> reversed(List<Operation> operations) {
        List<Operation> copy = new ArrayList<>(operations);
        Collections.reverse(copy);
        return copy;
    }
}
