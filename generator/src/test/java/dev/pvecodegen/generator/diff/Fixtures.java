package dev.pvecodegen.generator.diff;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Small hand-built models: each test states exactly the schema it needs. */
final class Fixtures {

    private Fixtures() {}

    /** A model whose resources are the operations' paths, flat under no common root (enough for the diff). */
    static ApiModel model(String name, Operation... operations) {
        Map<String, List<Operation>> byPath = new LinkedHashMap<>();
        for (Operation op : operations) {
            byPath.computeIfAbsent(op.path(), p -> new ArrayList<>()).add(op);
        }
        List<Resource> roots = byPath.entrySet().stream()
                .map(e -> new Resource(e.getKey(), segments(e.getKey()), e.getValue(), List.of()))
                .toList();
        return new ApiModel(
                new SchemaSource(name, "0123456789abcdef0123456789abcdef"),
                Dialect.PVE,
                roots,
                List.of(),
                new TreeMap<>());
    }

    private static List<PathSegment> segments(String path) {
        return Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(s -> s.startsWith("{")
                        ? (PathSegment) new PathSegment.Variable(s.substring(1, s.length() - 1))
                        : new PathSegment.Literal(s))
                .toList();
    }

    static Operation op(HttpMethod method, String path, ApiType returns, Parameter... parameters) {
        return op(method, path, Optional.empty(), OperationFlags.defaults(), returns, parameters);
    }

    static Operation op(
            HttpMethod method,
            String path,
            Optional<String> name,
            OperationFlags flags,
            ApiType returns,
            Parameter... parameters) {
        return new Operation(
                method,
                path,
                name,
                Documentation.empty(),
                Permissions.none(),
                flags,
                List.of(parameters),
                false,
                Optional.empty(),
                new Returns(returns, false, Documentation.empty(), "/returns"),
                "/op");
    }

    static Parameter param(String name, ApiType type, boolean optional) {
        return new Parameter(ParameterLocation.BODY, prop(name, type, optional));
    }

    static Parameter pathParam(String name) {
        return new Parameter(ParameterLocation.PATH, prop(name, ApiType.StringType.plain(), false));
    }

    static Property prop(String name, ApiType type, boolean optional) {
        return new Property(name, type, optional, Documentation.empty(), Optional.empty(), List.of(), "/p/" + name);
    }

    static Property deprecatedProp(String name, ApiType type, boolean optional) {
        Documentation doc = new Documentation(
                Optional.of("Deprecated: do not use."),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                true);
        return new Property(name, type, optional, doc, Optional.empty(), List.of(), "/p/" + name);
    }

    static Property family(String name, ApiType type, int max) {
        return new Property(
                name,
                type,
                true,
                Documentation.empty(),
                Optional.of(new IndexRange(0, max, true)),
                List.of(),
                "/p/" + name);
    }

    static ApiType string() {
        return ApiType.StringType.plain();
    }

    static ApiType string(String format) {
        return new ApiType.StringType(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(format));
    }

    static ApiType integer(Long min, Long max) {
        return new ApiType.IntegerType(
                Optional.ofNullable(min).map(BigDecimal::valueOf),
                Optional.ofNullable(max).map(BigDecimal::valueOf));
    }

    static ApiType enumOf(String... values) {
        return new ApiType.EnumType(ApiType.ScalarKind.STRING, List.of(values));
    }

    static ApiType listString(String format, String separator) {
        return new ApiType.ListStringType(Optional.of(format), string(), separator);
    }

    static ApiType array(ApiType items) {
        return new ApiType.ArrayType(items);
    }

    static ApiType object(Property... properties) {
        return new ApiType.ObjectType(List.of(properties), new AdditionalProperties.Closed(), Optional.empty());
    }

    static ApiType propertyString(String id, String defaultKey, Property... keys) {
        return new ApiType.PropertyStringType(new PropertyStringFormat(
                id,
                Optional.empty(),
                List.of(keys),
                Optional.ofNullable(defaultKey),
                List.of(),
                List.of(),
                "/f/" + id));
    }

    static ApiType nothing() {
        return new ApiType.NullType();
    }

    static ApiType upid() {
        return new ApiType.UpidType();
    }
}
