package dev.pvecodegen.runtime.support;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.runtime.drift.DriftScope;
import dev.pvecodegen.runtime.json.PveJson;
import dev.pvecodegen.runtime.record.SecretRules;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Base of generated response classes. Reads are lenient and lossless: fields the schema does not declare, and
 * declared fields whose JSON value does not fit the declared type, are kept in {@link #additionalProperties()}
 * with their raw value and written back on serialisation; one odd field never fails the whole response. Inside a
 * {@link DriftScope} (every call of a {@code PveClient}) each such field is also counted in the client's drift report;
 * members of the indexed families named by {@link IndexedFamilies} are declared and not counted.
 *
 * <p>Responses are values: {@link #equals(Object)} and {@link #hashCode()} compare everything the server sent
 * (declared fields, additional properties and raw values, as they would be written back), and {@link #toString()}
 * shows it, with the values of credential fields ({@link #secretFields()}) redacted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ResponseObject {
    private static final ObjectMapper TREE_MAPPER = PveJson.newMapper();
    private static final String REDACTED = "***";

    private Map<String, Object> additional;

    protected ResponseObject() {}

    /**
     * Undeclared fields (for example {@code net0}, {@code net1} of indexed families, or fields of a newer
     * server) and declared fields whose value had an unexpected type, as the server sent them.
     */
    @JsonAnyGetter
    public final Map<String, Object> additionalProperties() {
        return additional == null ? Map.of() : Collections.unmodifiableMap(additional);
    }

    /** The raw value of an undeclared or drifted field. */
    public final Optional<Object> rawValue(String name) {
        return additional == null ? Optional.empty() : Optional.ofNullable(additional.get(name));
    }

    /** Jackson's entry for fields without a declared property: undeclared fields and indexed family members. */
    @JsonAnySetter
    protected final void putAdditional(String name, Object value) {
        keep(name, value);
        if (DriftScope.active() && !Families.isMember(getClass(), name)) {
            DriftScope.undeclaredField(name, value);
        }
    }

    /** Keeps a declared field's value that did not fit its type. */
    private void keepDrifted(String name, Object value) {
        keep(name, value);
        DriftScope.unexpectedType(name, value);
    }

    private void keep(String name, Object value) {
        if (additional == null) {
            additional = new LinkedHashMap<>();
        }
        additional.put(name, value);
    }

    /** Wire names of the fields whose values {@link #toString()} redacts; generated classes override it. */
    protected Set<String> secretFields() {
        return Set.of();
    }

    /** Equal when of the same class with the same content, additional properties and raw values included. */
    @SuppressWarnings("EqualsGetClass") // generated responses are final; equal content in two classes is two values
    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && tree().equals(((ResponseObject) other).tree());
    }

    @Override
    public final int hashCode() {
        return tree().hashCode();
    }

    /**
     * {@code QemuConfig{"cores":4,"name":"web"}}; credential fields show as {@code "***"}: the ones this class declares
     * as such, and at any depth (nested objects, list items, undeclared fields) every field whose name or value
     * {@link SecretRules} takes for a secret, since a nested class's own declarations are not seen from here.
     */
    @Override
    public final String toString() {
        ObjectNode tree = tree();
        for (String secret : secretFields()) {
            if (tree.has(secret)) {
                tree.put(secret, REDACTED);
            }
        }
        redactSecrets(tree);
        return getClass().getSimpleName() + tree;
    }

    private static void redactSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                boolean secret = !value.isNull()
                        && (SecretRules.isSecretName("", field.getKey())
                                || (value.isTextual() && SecretRules.isSecretValue(value.textValue())));
                if (secret) {
                    field.setValue(object.textNode(REDACTED));
                } else {
                    redactSecrets(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(ResponseObject::redactSecrets);
        }
    }

    /** Everything this object holds, as it would be written back. */
    private ObjectNode tree() {
        return TREE_MAPPER.valueToTree(this);
    }

    protected final String readString(String name, Object raw) {
        return read(name, raw, Lenient::toText);
    }

    protected final Long readLong(String name, Object raw) {
        return read(name, raw, Lenient::toLong);
    }

    protected final Integer readInteger(String name, Object raw) {
        return read(name, raw, Lenient::toInteger);
    }

    protected final Double readDouble(String name, Object raw) {
        return read(name, raw, Lenient::toDouble);
    }

    protected final Boolean readBoolean(String name, Object raw) {
        return read(name, raw, Lenient::toBoolean);
    }

    /** Reads a scalar through its text form (enums, property strings). */
    protected final <T> T readText(String name, Object raw, Function<String, T> parse) {
        if (raw == null) {
            return null;
        }
        T value;
        try {
            value = parse.apply(Lenient.toText(raw));
        } catch (RuntimeException e) {
            keepDrifted(name, raw);
            return null;
        }
        reportExtraEntries(name, value);
        return value;
    }

    /**
     * Reads a value through a converter that takes it as Jackson bound it ({@code String}, number, boolean,
     * {@code Map}, {@code List}): property strings, which arrive as text or as JSON objects. Keeps the raw value
     * when the converter refuses it.
     */
    protected final <T> T readJson(String name, Object raw, Function<Object, T> convert) {
        T value = read(name, raw, convert);
        reportExtraEntries(name, value);
        return value;
    }

    /**
     * Counts the keys of a property string that its value class does not describe, whichever form (text or JSON
     * object) it arrived in; the value itself was read, so it is no unexpected type.
     */
    private static void reportExtraEntries(String name, Object value) {
        if (value instanceof PropertyStringValue entries
                && !entries.extraEntries().isEmpty()) {
            DriftScope.undeclaredEntries(
                    name,
                    entries.extraEntries().stream()
                            .map(entry -> entry.key() == null ? "(value)" : entry.key())
                            .toList());
        }
    }

    /** Converts a structured value; keeps the raw JSON when it does not fit. */
    protected final <T> T readTree(String name, JsonNode raw, Class<T> type) {
        return raw == null || raw.isNull() ? null : read(name, raw, node -> convert((JsonNode) node, type));
    }

    /** Converts a structured value of a generic type; keeps the raw JSON when it does not fit. */
    protected final <T> T readTree(String name, JsonNode raw, TypeReference<T> type) {
        return raw == null || raw.isNull() ? null : read(name, raw, node -> convert((JsonNode) node, type));
    }

    /**
     * The members of an indexed family ({@code net0}, {@code net1}, … for base {@code net}) by index, converted;
     * members that do not convert stay reachable through {@link #rawValue(String)}.
     */
    protected final <T> SortedMap<Integer, T> family(String base, Function<Object, T> convert) {
        SortedMap<Integer, T> members = new TreeMap<>();
        if (additional == null) {
            return members;
        }
        for (Map.Entry<String, Object> entry : additional.entrySet()) {
            String key = entry.getKey();
            if (Families.isMemberOf(base, key)) {
                try {
                    members.put(Integer.parseInt(key.substring(base.length())), convert.apply(entry.getValue()));
                } catch (RuntimeException e) {
                    // Left out of the typed view; the raw value stays in additionalProperties().
                }
            }
        }
        return Collections.unmodifiableSortedMap(members);
    }

    private <T> T read(String name, Object raw, Function<Object, T> convert) {
        if (raw == null) {
            return null;
        }
        try {
            return convert.apply(raw);
        } catch (RuntimeException e) {
            keepDrifted(name, raw instanceof JsonNode node ? TREE_MAPPER.convertValue(node, Object.class) : raw);
            return null;
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        return convert(node, TREE_MAPPER.constructType(type));
    }

    private static <T> T convert(JsonNode node, TypeReference<T> type) {
        return convert(node, TREE_MAPPER.constructType(type));
    }

    /** Reads the tree through a parser the drift report knows, so surprises inside get their full path. */
    @SuppressWarnings("TypeParameterUnusedInFormals") // T is fixed by the two callers' Class or TypeReference
    private static <T> T convert(JsonNode node, JavaType type) {
        try (JsonParser parser = TREE_MAPPER.treeAsTokens(node)) {
            DriftScope.Reading reading = DriftScope.nested(parser);
            try {
                return TREE_MAPPER.readValue(parser, type);
            } finally {
                reading.close();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
