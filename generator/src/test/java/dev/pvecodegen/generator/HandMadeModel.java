package dev.pvecodegen.generator;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.OperationFlags;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Permissions;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import dev.pvecodegen.schema.model.Resource;
import dev.pvecodegen.schema.model.Returns;
import dev.pvecodegen.schema.model.SchemaSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small intermediate model written by hand, for the tests of the binder and of each emitter. Four resources:
 * <ul>
 *   <li>{@code GET /nodes}: a list of nodes with an online state;</li>
 *   <li>{@code GET /nodes/{node}/qemu} (guests with a run state) and {@code POST} (create: a password, NICs and
 *       disks of the create variant of the disk format, which has {@code import-from});</li>
 *   <li>{@code GET /nodes/{node}/qemu/{vmid}/config} and {@code PUT}, whose disks are of the config variant,
 *       without {@code import-from};</li>
 *   <li>{@code POST /nodes/{node}/qemu/{vmid}/status/start}, an action.</li>
 * </ul>
 */
public final class HandMadeModel {
    private static final ApiType STRING = ApiType.StringType.plain();
    private static final ApiType BOOLEAN = new ApiType.BooleanType();

    private HandMadeModel() {}

    public static ApiModel model() {
        return model(false);
    }

    /** The same model with every list of children and operations reversed: binding must not care. */
    public static ApiModel reversed() {
        return model(true);
    }

    /** The create variant of the disk format: it can import an image. */
    public static PropertyStringFormat diskCreate() {
        return new PropertyStringFormat(
                "qemu-scsi",
                Optional.empty(),
                List.of(key("file", STRING, false), key("size", STRING, true), key("import-from", STRING, true)),
                Optional.of("file"),
                List.of(new PropertyStringFormat.Alias("volume", "file")),
                List.of(),
                "/0/children/0/children/0/info/POST/parameters/properties/scsi[n]/format");
    }

    /** The config variant of the same disk format. */
    public static PropertyStringFormat diskConfig() {
        return new PropertyStringFormat(
                "qemu-scsi-2",
                Optional.empty(),
                List.of(key("file", STRING, false), key("size", STRING, true)),
                Optional.of("file"),
                List.of(new PropertyStringFormat.Alias("volume", "file")),
                List.of(),
                "/0/children/0/children/0/children/0/info/GET/returns/properties/scsi[n]/format");
    }

    /** A NIC: the model is an enum nested in the value class; the password a credential. */
    public static PropertyStringFormat nic() {
        return new PropertyStringFormat(
                "qemu-net",
                Optional.empty(),
                List.of(
                        key("model", enumOf("virtio", "e1000"), false),
                        key("bridge", STRING, true),
                        key("firewall", BOOLEAN, true),
                        key("password", STRING, true)),
                Optional.of("model"),
                List.of(),
                List.of(),
                "/0/children/0/children/0/info/POST/parameters/properties/net[n]/format");
    }

    private static ApiModel model(boolean reversed) {
        ApiType runState = enumOf("stopped", "running");
        Operation listNodes = op(
                HttpMethod.GET,
                "/nodes",
                List.of(),
                list(object(prop("node", STRING, false), prop("status", enumOf("online", "offline"), true))));
        Operation listGuests = op(
                HttpMethod.GET,
                "/nodes/{node}/qemu",
                List.of(path("node"), body("full", BOOLEAN, true)),
                list(object(
                        prop("vmid", integer(100, 999_999_999), false),
                        prop("status", runState, false),
                        prop("name", STRING, true))));
        Operation create = op(
                HttpMethod.POST,
                "/nodes/{node}/qemu",
                List.of(
                        path("node"),
                        body("vmid", integer(100, 999_999_999), false),
                        body(
                                "name",
                                new ApiType.StringType(
                                        Optional.empty(), Optional.of(63), Optional.empty(), Optional.empty()),
                                true),
                        body("password", STRING, true),
                        family("net", new ApiType.PropertyStringType(nic()), 3),
                        family("scsi", new ApiType.PropertyStringType(diskCreate()), 3),
                        body("tags", new ApiType.ListStringType(Optional.of("tag-list"), STRING, ","), true)),
                new ApiType.UpidType());
        Operation config = op(
                HttpMethod.GET,
                "/nodes/{node}/qemu/{vmid}/config",
                List.of(path("node"), path("vmid")),
                object(
                        prop("digest", STRING, false),
                        prop("name", STRING, true),
                        prop("status", runState, true),
                        familyProp("net", new ApiType.PropertyStringType(nic()), 3),
                        familyProp("scsi", new ApiType.PropertyStringType(diskConfig()), 3)));
        Operation update = op(
                HttpMethod.PUT,
                "/nodes/{node}/qemu/{vmid}/config",
                List.of(
                        path("node"),
                        path("vmid"),
                        body("digest", STRING, true),
                        family("net", new ApiType.PropertyStringType(nic()), 3),
                        family("scsi", new ApiType.PropertyStringType(diskConfig()), 3)),
                new ApiType.NullType());
        Operation start = op(
                HttpMethod.POST,
                "/nodes/{node}/qemu/{vmid}/status/start",
                List.of(path("node"), path("vmid"), body("timeout", integer(0, 86400), true)),
                new ApiType.UpidType());
        Resource startResource = resource("/nodes/{node}/qemu/{vmid}/status/start", List.of(start), List.of());
        Resource status = resource("/nodes/{node}/qemu/{vmid}/status", List.of(), List.of(startResource));
        Resource configResource =
                resource("/nodes/{node}/qemu/{vmid}/config", order(List.of(config, update), reversed), List.of());
        Resource vm =
                resource("/nodes/{node}/qemu/{vmid}", List.of(), order(List.of(configResource, status), reversed));
        Resource qemu = resource("/nodes/{node}/qemu", order(List.of(listGuests, create), reversed), List.of(vm));
        Resource node = resource("/nodes/{node}", List.of(), List.of(qemu));
        Resource nodes = resource("/nodes", List.of(listNodes), List.of(node));
        TreeMap<String, PropertyStringFormat> formats = new TreeMap<>();
        for (PropertyStringFormat format : List.of(diskCreate(), diskConfig(), nic())) {
            formats.put(format.id(), format);
        }
        return new ApiModel(new SchemaSource("hand-made", "0"), Dialect.PVE, List.of(nodes), List.of(), formats);
    }

    private static <T> List<T> order(List<T> items, boolean reversed) {
        List<T> copy = new ArrayList<>(items);
        if (reversed) {
            Collections.reverse(copy);
        }
        return copy;
    }

    private static Resource resource(String path, List<Operation> operations, List<Resource> children) {
        List<PathSegment> segments = new ArrayList<>();
        for (String segment : path.substring(1).split("/", -1)) {
            segments.add(
                    segment.startsWith("{")
                            ? new PathSegment.Variable(segment.substring(1, segment.length() - 1))
                            : new PathSegment.Literal(segment));
        }
        return new Resource(path, segments, operations, children);
    }

    private static Operation op(HttpMethod method, String path, List<Parameter> parameters, ApiType returns) {
        return new Operation(
                method,
                path,
                Optional.empty(),
                Documentation.of(method + " " + path + ", made by hand"),
                Permissions.none(),
                OperationFlags.defaults(),
                parameters,
                false,
                Optional.empty(),
                new Returns(returns, false, Documentation.empty(), "/returns"),
                "/" + method + path);
    }

    private static ApiType enumOf(String... values) {
        return new ApiType.EnumType(ApiType.ScalarKind.STRING, List.of(values));
    }

    private static ApiType integer(long min, long max) {
        return new ApiType.IntegerType(Optional.of(BigDecimal.valueOf(min)), Optional.of(BigDecimal.valueOf(max)));
    }

    private static ApiType list(ApiType items) {
        return new ApiType.ArrayType(items);
    }

    private static ApiType object(Property... properties) {
        return new ApiType.ObjectType(List.of(properties), new AdditionalProperties.Open(), Optional.empty());
    }

    private static Property prop(String name, ApiType type, boolean optional) {
        return new Property(
                name, type, optional, Documentation.of("The " + name + "."), Optional.empty(), List.of(), "/" + name);
    }

    private static Property familyProp(String name, ApiType type, int max) {
        return new Property(
                name,
                type,
                true,
                Documentation.of("The " + name + " devices."),
                Optional.of(new IndexRange(0, max, true)),
                List.of(),
                "/" + name);
    }

    private static Property key(String name, ApiType type, boolean optional) {
        return prop(name, type, optional);
    }

    private static Parameter path(String name) {
        return new Parameter(ParameterLocation.PATH, prop(name, STRING, false));
    }

    private static Parameter body(String name, ApiType type, boolean optional) {
        return new Parameter(ParameterLocation.BODY, prop(name, type, optional));
    }

    private static Parameter family(String name, ApiType type, int max) {
        return new Parameter(ParameterLocation.BODY, familyProp(name, type, max));
    }
}
