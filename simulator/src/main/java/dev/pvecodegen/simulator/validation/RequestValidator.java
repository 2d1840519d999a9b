package dev.pvecodegen.simulator.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a call's parameters against its operation as {@code PVE::RESTHandler} does before any handler runs:
 * wire text is typed ({@link ParameterCoercer}), then the operation's JSON Schema ({@link TypeSchemas}) checks
 * required and unknown keys, types, enums, ranges, lengths, patterns, property-string sub-keys and concrete
 * indexed names. Problems are collected for every parameter and answered at once as 400.
 */
public final class RequestValidator {
    private static final Pattern INDEXED = Pattern.compile("([a-z]+)(\\d+)");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final TypeSchemas schemas = new TypeSchemas(TypeSchemas.Mode.PARAMETERS);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final boolean lenientBooleans;

    /** Perl-backed PVE: form booleans only {@code 1}/{@code 0}. */
    public RequestValidator() {
        this(false);
    }

    /** @param lenientBooleans true for Rust-backed servers (PBS), which also take true/false/yes/no/on/off */
    public RequestValidator(boolean lenientBooleans) {
        this.lenientBooleans = lenientBooleans;
    }

    /**
     * Returns the typed parameters (path variables included) or throws 400 with the per-parameter errors.
     *
     * @param jsonBody true when the parameters came as a JSON body (JSON booleans allowed)
     */
    public ObjectNode validate(
            Operation operation, Map<String, String> pathVariables, Map<String, JsonNode> params, boolean jsonBody) {
        Map<String, JsonNode> raw = new LinkedHashMap<>(params);
        pathVariables.forEach((name, value) -> {
            if (operation.parameter(name).isPresent()) {
                raw.put(name, TextNode.valueOf(value));
            }
        });
        ParameterCoercer coercer =
                new ParameterCoercer(name -> Optional.ofNullable(raw.get(name)).map(JsonNode::asText));
        ParameterCoercer.BooleanSpelling spelling = lenientBooleans
                ? ParameterCoercer.BooleanSpelling.PROPERTY_STRING
                : jsonBody ? ParameterCoercer.BooleanSpelling.JSON : ParameterCoercer.BooleanSpelling.FORM;
        Map<String, String> errors = new LinkedHashMap<>();
        ObjectNode typed = Json.object();
        raw.forEach((name, value) -> {
            Optional<Property> property = propertyFor(operation, name);
            try {
                JsonNode coerced = property.isEmpty()
                        ? value
                        : coercer.coerce(property.get().type(), value, spelling);
                typed.set(name, coerced);
                property.flatMap(p -> FormatChecks.problem(p.type(), coerced))
                        .ifPresent(problem -> errors.put(name, problem));
            } catch (PropertyStringParser.FormatException e) {
                errors.put(name, "invalid format - " + e.getMessage());
                typed.set(name, value);
            }
        });
        rejectOtherVariants(operation, raw, errors);
        List<Error> findings = compiled.computeIfAbsent(operation.key(), key -> compile(operation))
                // networknt 3 validates Jackson 3 trees; ours are Jackson 2: they cross as JSON text
                .validate(typed.toString(), InputFormat.JSON);
        for (Error finding : findings) {
            ErrorTexts.add(finding, errors);
        }
        if (!errors.isEmpty()) {
            throw ApiError.parameters(errors);
        }
        return typed;
    }

    /**
     * Flattened unions (PVE 9 HA rules, SDN fabrics): a property that belongs to other variants than the one the
     * discriminator selects is treated as unknown, as {@code check_prop} does.
     */
    private static void rejectOtherVariants(
            Operation operation, Map<String, JsonNode> raw, Map<String, String> errors) {
        Optional<String> selected = operation.unionDiscriminator().map(raw::get).map(JsonNode::asText);
        if (selected.isEmpty()) {
            return;
        }
        for (String name : raw.keySet()) {
            propertyFor(operation, name)
                    .filter(p ->
                            !p.instanceTypes().isEmpty() && !p.instanceTypes().contains(selected.get()))
                    .ifPresent(p -> errors.putIfAbsent(
                            name,
                            "property is not defined in schema and the schema does not allow additional properties"));
        }
    }

    /** The operation's parameters as one JSON Schema object (for tools and tests). */
    public ObjectNode operationSchema(Operation operation) {
        List<Property> properties =
                operation.parameters().stream().map(Parameter::property).toList();
        AdditionalProperties additional =
                operation.additionalParameters() ? new AdditionalProperties.Open() : new AdditionalProperties.Closed();
        ObjectNode schema = schemas.objectSchema(Json.object(), properties, additional);
        ArrayNode rules = Json.array();
        for (Property property : properties) {
            if (property.type() instanceof ApiType.OneOfType oneOf) {
                for (ApiType.Variant variant : oneOf.variants()) {
                    rules.add(variantRule(
                            oneOf.discriminator(),
                            variant.instanceTypes(),
                            property.name(),
                            schemas.schema(variant.type())));
                }
            }
        }
        if (!rules.isEmpty()) {
            schema.set("allOf", rules);
        }
        return schema;
    }

    private Schema compile(Operation operation) {
        return registry.getSchema(operationSchema(operation).toString(), InputFormat.JSON);
    }

    private static ObjectNode variantRule(
            String discriminator, List<String> instanceTypes, String name, ObjectNode variantSchema) {
        ObjectNode rule = Json.object();
        ObjectNode condition = rule.putObject("if");
        ArrayNode values =
                condition.putObject("properties").putObject(discriminator).putArray("enum");
        instanceTypes.forEach(values::add);
        condition.putArray("required").add(discriminator);
        rule.putObject("then").putObject("properties").set(name, variantSchema);
        return rule;
    }

    /** The declared property a wire name belongs to: itself, or its family ({@code net3} → {@code net[n]}). */
    public static Optional<Property> propertyFor(Operation operation, String name) {
        Optional<Property> exact = operation.parameters().stream()
                .map(Parameter::property)
                .filter(p -> p.name().equals(name) && p.family().isEmpty())
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        Matcher indexed = INDEXED.matcher(name);
        if (indexed.matches() && indexed.group(2).length() < 5) {
            int index = Integer.parseInt(indexed.group(2));
            return operation.parameters().stream()
                    .map(Parameter::property)
                    .filter(p -> p.name().equals(indexed.group(1))
                            && p.family().isPresent()
                            && p.family().get().contains(index))
                    .findFirst();
        }
        return Optional.empty();
    }
}
