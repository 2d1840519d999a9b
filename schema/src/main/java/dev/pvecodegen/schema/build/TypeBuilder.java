package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.ApiType.AnyType;
import dev.pvecodegen.schema.model.ApiType.ScalarKind;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.IndexRange;
import dev.pvecodegen.schema.model.Origin;
import dev.pvecodegen.schema.model.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps one apidoc schema node to an {@link ApiType}, normalising on the way: the type is inferred when missing
 * (§3.3), numeric constraints are read leniently (§3.6), patterns are rewritten (§4), format names become list,
 * opaque property-string or plain string types (§5), inline formats are deduplicated (§5.4, §5.5), and
 * property-level {@code oneOf} unions are kept with their instance types (§6). Anything untypable becomes
 * {@link AnyType} with the reason.
 */
final class TypeBuilder {

    private final Dialect dialect;
    private final ProblemCollector problems;
    private final PropertyStringDeduplicator formats;
    private final PropertyStringBuilder propertyStrings;
    private final Provenance provenance;
    /** Rewritten patterns by raw pattern: most are repeated (a node name, a VM id), and each rewrite compiles one. */
    private final Map<String, Rewritten> patterns = new HashMap<>();

    /** A pattern as {@link PatternRewriter} rewrites it, or why it was dropped. */
    private record Rewritten(Optional<String> pattern, String failure) {}

    TypeBuilder(Dialect dialect, ProblemCollector problems, PropertyStringDeduplicator formats, Provenance provenance) {
        this.dialect = dialect;
        this.problems = problems;
        this.formats = formats;
        this.provenance = provenance;
        this.propertyStrings = new PropertyStringBuilder(this, formats);
    }

    Dialect dialect() {
        return dialect;
    }

    /** A property (parameter, object property or property-string key), {@code name[n]} families collapsed. */
    Property property(String schemaName, JsonNode schema, Site site) {
        Optional<IndexedFamilies.Family> family = IndexedFamilies.parse(schemaName);
        String name = family.map(IndexedFamilies.Family::baseName).orElse(schemaName);
        Optional<IndexRange> range = family.map(IndexedFamilies.Family::range);
        if (schema == null || !schema.isObject()) {
            problems.add(site, "the schema of '" + schemaName + "' is not an object");
            return new Property(
                    name,
                    new AnyType("schema is not an object"),
                    true,
                    Documentation.empty(),
                    range,
                    List.of(),
                    site.pointer());
        }
        ApiType type = type(schema, site.hint(site.idHint() + "-" + name));
        Property declared = new Property(
                name,
                type,
                Lenient.isTrue(schema.get("optional")),
                DocumentationReader.read(schema),
                range,
                Lenient.texts(schema.get("instance-types")),
                site.pointer());
        Origin origin = provenance.originOf(site.pointer());
        return origin.isSchema() ? declared : declared.withOrigin(origin);
    }

    /** The members of a {@code properties} map in schema order. */
    List<Property> properties(JsonNode properties, Site site) {
        List<Property> out = new ArrayList<>();
        if (properties == null || !properties.isObject()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            out.add(property(
                    field.getKey(), field.getValue(), site.child(field.getKey()).parameter(field.getKey())));
        }
        return out;
    }

    ApiType type(JsonNode schema, Site site) {
        if (schema == null || !schema.isObject()) {
            problems.add(site, "a schema must be an object");
            return new AnyType("schema is not an object");
        }
        if (schema.has("oneOf")) {
            return oneOf(schema, site);
        }
        String declared = Lenient.text(schema.get("type")).orElseGet(() -> inferType(schema));
        return switch (declared) {
            case "string" -> stringType(schema, site);
            case "integer" ->
                enumValues(schema)
                        .<ApiType>map(v -> new ApiType.EnumType(ScalarKind.INTEGER, v))
                        .orElseGet(() -> new ApiType.IntegerType(
                                bound(schema, "minimum", site), bound(schema, "maximum", site)));
            case "number" ->
                enumValues(schema)
                        .<ApiType>map(v -> new ApiType.EnumType(ScalarKind.NUMBER, v))
                        .orElseGet(() ->
                                new ApiType.NumberType(bound(schema, "minimum", site), bound(schema, "maximum", site)));
            case "boolean" -> new ApiType.BooleanType();
            case "array" ->
                new ApiType.ArrayType(
                        schema.has("items")
                                ? type(schema.get("items"), site.child("items"))
                                : new AnyType("array without 'items': element type unknown"));
            case "object" -> objectType(schema, site);
            case "null" -> new ApiType.NullType();
            case "any" -> new AnyType("declared type 'any'");
            case "" -> new AnyType(AnyType.UNDECLARED);
            default -> {
                problems.add(site.child("type"), "unknown type '" + declared + "'");
                yield new AnyType("unknown type '" + declared + "'");
            }
        };
    }

    /** The rule for a missing {@code type} (§3.3). */
    private static String inferType(JsonNode schema) {
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum") || schema.has("pattern") || schema.has("format")) {
            return "string";
        }
        return "";
    }

    private ApiType stringType(JsonNode schema, Site site) {
        Optional<List<String>> values = enumValues(schema);
        if (values.isPresent()) {
            return new ApiType.EnumType(ScalarKind.STRING, values.get());
        }
        JsonNode format = schema.get("format");
        if (format != null && format.isObject()) {
            ApiType built = propertyStrings.fromFormat(format, schema, site.child("format"));
            return built instanceof ApiType.PropertyStringType described && provenance.isObjectForm(site.pointer())
                    ? new ApiType.PropertyStringType(described.format(), true)
                    : built;
        }
        Optional<String> formatName = Lenient.text(format);
        if (formatName.isPresent()) {
            String name = formatName.get();
            if (FormatNames.isOpaquePropertyString(name)) {
                return new ApiType.OpaquePropertyStringType(name, Lenient.text(schema.get("typetext")));
            }
            if (FormatNames.isNulList(name)) {
                return new ApiType.ListStringType(formatName, elementOf(name), "\0");
            }
            if (FormatNames.isList(name)) {
                return new ApiType.ListStringType(formatName, elementOf(name), listSeparator(site));
            }
        }
        return new ApiType.StringType(
                Lenient.length(schema.get("minLength")),
                Lenient.length(schema.get("maxLength")),
                pattern(schema, site),
                formatName);
    }

    /** Inside a property string {@code ,} separates keys, so inner lists use {@code ;} (§5.4). */
    String listSeparator(Site site) {
        return site.inPropertyString() ? ";" : ",";
    }

    private static ApiType elementOf(String listFormat) {
        return new ApiType.StringType(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(FormatNames.elementFormat(listFormat)));
    }

    private Optional<String> pattern(JsonNode schema, Site site) {
        Optional<String> raw = Lenient.text(schema.get("pattern"));
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Rewritten rewritten = patterns.computeIfAbsent(raw.get(), text -> {
            StringBuilder failure = new StringBuilder();
            return new Rewritten(PatternRewriter.rewrite(text, dialect, failure), failure.toString());
        });
        if (rewritten.pattern().isEmpty()) {
            problems.warn(
                    site.child("pattern"),
                    "pattern dropped, it does not compile in java.util.regex: " + rewritten.failure());
        }
        return rewritten.pattern();
    }

    private Optional<BigDecimal> bound(JsonNode schema, String key, Site site) {
        JsonNode node = schema.get(key);
        Optional<BigDecimal> value = Lenient.decimal(node);
        if (node != null && !node.isNull() && value.isEmpty()) {
            problems.warn(site.child(key), key + " '" + node.asText() + "' is not a number; ignored");
        }
        return value;
    }

    /** Enum values as the wire spells them; {@code enum: null} and empty enums mean no enum (§3.6). */
    private static Optional<List<String>> enumValues(JsonNode schema) {
        JsonNode values = schema.get("enum");
        if (values == null || !values.isArray() || values.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> Lenient.scalarText(v).ifPresent(out::add));
        return out.isEmpty()
                ? Optional.empty()
                : Optional.of(out.stream().distinct().toList());
    }

    private ApiType objectType(JsonNode schema, Site site) {
        List<Property> properties = properties(schema.get("properties"), site.child("properties"));
        return new ApiType.ObjectType(
                properties,
                additional(schema.get("additionalProperties"), site.child("additionalProperties")),
                discriminator(schema.get("properties")));
    }

    /** {@code 0}/{@code false} closed; {@code 1}/{@code true}/absent open; a schema gives a map (§8.1). */
    AdditionalProperties additional(JsonNode node, Site site) {
        if (node == null || node.isNull()) {
            return new AdditionalProperties.Open();
        }
        if (node.isObject()) {
            return new AdditionalProperties.Typed(type(node, site));
        }
        return Lenient.isTrue(node) ? new AdditionalProperties.Open() : new AdditionalProperties.Closed();
    }

    /** The {@code type-property} named by members of a flattened union (§6), if any. */
    static Optional<String> discriminator(JsonNode properties) {
        if (properties == null || !properties.isObject()) {
            return Optional.empty();
        }
        for (JsonNode member : properties) {
            Optional<String> named = Lenient.text(member.get("type-property"));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    private ApiType oneOf(JsonNode schema, Site site) {
        JsonNode alternatives = schema.get("oneOf");
        Optional<String> discriminator = Lenient.text(schema.get("type-property"));
        if (discriminator.isEmpty() || !alternatives.isArray() || alternatives.isEmpty()) {
            return new AnyType("oneOf without type-property: the variant cannot be chosen");
        }
        List<ApiType.Variant> variants = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            JsonNode alternative = alternatives.get(i);
            List<String> instanceTypes =
                    alternative.isObject() ? Lenient.texts(alternative.get("instance-types")) : List.of();
            String hint = site.idHint() + (instanceTypes.isEmpty() ? "-" + i : "-" + instanceTypes.get(0));
            Site variantSite = site.child("oneOf").child(i).hint(hint);
            variants.add(new ApiType.Variant(instanceTypes, type(alternative, variantSite)));
        }
        return new ApiType.OneOfType(discriminator.get(), variants);
    }

    ProblemCollector problems() {
        return problems;
    }

    PropertyStringDeduplicator formats() {
        return formats;
    }
}
