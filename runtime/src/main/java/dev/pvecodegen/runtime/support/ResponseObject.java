package dev.pvecodegen.runtime.support;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.runtime.json.PveJson;
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
 * with their raw value and written back on serialisation; one odd field never fails the whole response.
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

    @JsonAnySetter
    protected final void putAdditional(String name, Object value) {
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

    /** {@code QemuConfig{"cores":4,"name":"web"}}; credential fields show as {@code "***"}. */
    @Override
    public final String toString() {
        ObjectNode tree = tree();
        for (String secret : secretFields()) {
            if (tree.has(secret)) {
                tree.put(secret, REDACTED);
            }
        }
        return getClass().getSimpleName() + tree;
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
        try {
            return parse.apply(Lenient.toText(raw));
        } catch (RuntimeException e) {
            putAdditional(name, raw);
            return null;
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
            if (key.length() > base.length()
                    && key.startsWith(base)
                    && isDigits(key, base.length())
                    && key.length() - base.length() < 10) {
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
            putAdditional(name, raw instanceof JsonNode node ? TREE_MAPPER.convertValue(node, Object.class) : raw);
            return null;
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return TREE_MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static <T> T convert(JsonNode node, TypeReference<T> type) {
        return TREE_MAPPER.convertValue(node, type);
    }

    private static boolean isDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
