package dev.pvecodegen.generator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pvecodegen.generator.bind.BoundField;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundObject;
import dev.pvecodegen.generator.bind.BoundValue;
import dev.pvecodegen.generator.bind.JavaType;
import dev.pvecodegen.runtime.support.Lenient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks one answer against the Java type the client reads it into, counting every member of every JSON object in
 * it as typed, raw or lost. Mirrors the generated readers: response classes bind declared fields leniently and keep
 * the rest in {@code additionalProperties()}; indexed families ({@code net0}) are read through their accessor;
 * property strings through their value class; {@code JsonNode} keeps everything raw.
 */
final class AnswerWalk {
    private final BoundModel bound;
    int fields;
    int typed;
    int raw;
    int lost;
    final List<String> rawPaths = new ArrayList<>();
    final List<String> familyPaths = new ArrayList<>();
    final List<String> lostPaths = new ArrayList<>();
    String problem;

    AnswerWalk(BoundModel bound) {
        this.bound = bound;
    }

    /** The whole answer ({@code data}) of an operation returning {@code type}. */
    void top(JsonNode data, JavaType type) {
        int members = members(data);
        if (type == JavaType.Special.VOID) {
            if (data.isNull() || (data.isContainerNode() && data.isEmpty())) {
                return;
            }
            lose("", Math.max(1, members), "data on an operation generated as void is discarded");
            return;
        }
        if (members == 0) {
            // A scalar, or a list of scalars: one field, read by Jackson as the declared type or not at all.
            fields++;
            if (type == JavaType.Special.JSON) {
                raw("");
            } else if (fitsContainer(data, type) && readsWhole(data, type)) {
                typed++;
            } else {
                refused(type);
                raw("");
            }
            return;
        }
        if (type == JavaType.Special.JSON) {
            fields += members;
            raw += members;
            rawPaths.add("");
            return;
        }
        if (!fitsContainer(data, type)) {
            fields += members;
            raw += members;
            rawPaths.add("");
            refused(type);
            return;
        }
        contents(data, type, "");
    }

    /**
     * The answer is not of the shape the operation declares: no typed value can hold it, so the call fails with an
     * {@code UnexpectedAnswerException} that keeps it whole. Raw, not lost.
     */
    private void refused(JavaType type) {
        if (problem == null) {
            problem = "the answer is not the declared " + type.text()
                    + ": the call fails with UnexpectedAnswerException, which holds it";
        }
    }

    /** The members inside a value that the client reads into {@code type} (a class, list, map or value class). */
    private void contents(JsonNode node, JavaType type, String path) {
        if (type instanceof JavaType.ListOf list) {
            JsonNode items =
                    node.isArray() ? node : JsonNodeFactory.instance.arrayNode().add(node);
            for (int i = 0; i < items.size(); i++) {
                contents(items.get(i), list.element(), path + "/" + i);
            }
        } else if (type instanceof JavaType.MapOf map) {
            node.properties().forEach(e -> field(e.getValue(), map.value(), path + "/" + escape(e.getKey())));
        } else if (object(type).isPresent()) {
            object(node, object(type).get(), path);
        } else if (value(type).isPresent() && node.isObject()) {
            fields += node.size();
            typed += node.size();
        }
    }

    private void object(JsonNode node, BoundObject type, String path) {
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            String at = path + "/" + escape(name);
            Optional<BoundField> declared = type.fields().stream()
                    .filter(f -> !f.property().isIndexed() && f.wireName().equals(name))
                    .findFirst();
            if (declared.isPresent()) {
                field(member.getValue(), declared.get().type(), at);
                continue;
            }
            Optional<BoundField> family = familyOf(type, name);
            if (family.isPresent()
                    && familyMemberTyped(member.getValue(), family.get().type())) {
                fields++;
                typed++;
                familyPaths.add(at);
                continue;
            }
            int inside = members(member.getValue());
            fields += 1 + inside;
            raw += 1 + inside;
            rawPaths.add(at);
        }
    }

    /** One declared field: typed, raw (drifted, or a {@code JsonNode}) or lost. */
    private void field(JsonNode value, JavaType type, String path) {
        fields++;
        int inside = members(value);
        if (value.isNull()) {
            typed++; // null reads as absent and is written back as absent
            return;
        }
        if (type == JavaType.Special.JSON) {
            keepRaw(path, inside);
            return;
        }
        Optional<JavaType.Scalar> scalar = scalarOf(type);
        if (scalar.isPresent()) {
            Optional<JsonNode> read = scalar(value, scalar.get());
            if (read.isEmpty()) {
                keepRaw(path, inside);
            } else if (!WriteBack.equivalent(value, read.get())) {
                lose(path, 1, null);
            } else {
                typed++;
            }
            return;
        }
        Optional<BoundValue> propertyString = value(type);
        if (propertyString.isPresent()) {
            if (!PropertyStringReading.read(propertyString.get(), value).fullyTyped()) {
                keepRaw(path, inside);
                return;
            }
            typed++;
            contents(value, type, path);
            return;
        }
        if (!fitsContainer(value, type) || !readsWhole(value, type)) {
            keepRaw(path, inside);
            return;
        }
        typed++;
        if (type instanceof JavaType.ListOf && !value.isArray()) {
            lose(path, 0, null); // a lone value read as a one-element list is written back as a list
        }
        contents(value, type, path);
    }

    /** A drifted value: the field and everything inside it stay raw. */
    private void keepRaw(String path, int inside) {
        fields += inside;
        raw += 1 + inside;
        rawPaths.add(path);
    }

    private void raw(String path) {
        raw++;
        rawPaths.add(path);
    }

    private void lose(String path, int count, String why) {
        lost += count == 0 ? 1 : count;
        lostPaths.add(path);
        if (why != null && problem == null) {
            problem = why;
        }
    }

    /** The family field ({@code net[n]}) a member name such as {@code net0} belongs to, as the runtime matches it. */
    private static Optional<BoundField> familyOf(BoundObject type, String name) {
        return type.fields().stream()
                .filter(f -> f.property().isIndexed())
                .filter(f -> name.length() > f.wireName().length()
                        && name.startsWith(f.wireName())
                        && name.length() - f.wireName().length() < 10
                        && name.substring(f.wireName().length()).chars().allMatch(Character::isDigit))
                .findFirst();
    }

    /** Whether the family accessor converts the member (it leaves out members it cannot convert). */
    private boolean familyMemberTyped(JsonNode value, JavaType type) {
        Optional<JavaType.Scalar> scalar = scalarOf(type);
        if (scalar.isPresent()) {
            return scalar(value, scalar.get()).isPresent();
        }
        Optional<BoundValue> propertyString = value(type);
        // Families of other types are handed out as Object: not typed.
        return propertyString.isPresent()
                && PropertyStringReading.read(propertyString.get(), value).fullyTyped();
    }

    /** Whether a value is the JSON kind a class, list or map needs (a lone value passes as a one-element list). */
    private boolean fitsContainer(JsonNode value, JavaType type) {
        if (type instanceof JavaType.MapOf || object(type).isPresent()) {
            return value.isObject();
        }
        if (type instanceof JavaType.ListOf list) {
            return value.isArray() || object(list.element()).isEmpty() || value.isObject();
        }
        return true;
    }

    /** Whether every element of a list, value of a map, or the scalar itself reads as declared. */
    private boolean readsWhole(JsonNode value, JavaType type) {
        Optional<JavaType.Scalar> scalar = scalarOf(type);
        if (scalar.isPresent()) {
            return scalar(value, scalar.get()).isPresent();
        }
        Optional<BoundValue> propertyString = value(type);
        if (propertyString.isPresent()) {
            return PropertyStringReading.read(propertyString.get(), value).read();
        }
        JavaType element = null;
        Iterable<JsonNode> items = value;
        if (type instanceof JavaType.ListOf list) {
            element = list.element();
            items = value.isArray() ? value : List.of(value);
        } else if (type instanceof JavaType.MapOf map) {
            element = map.value();
        }
        if (element == null) {
            return true;
        }
        for (JsonNode item : items) {
            if (!item.isNull() && !(fitsContainer(item, element) && readsWhole(item, element))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The scalar a type reads as: itself, text for an enum (which keeps values it does not know) and for a task
     * handle (the UPID).
     */
    private static Optional<JavaType.Scalar> scalarOf(JavaType type) {
        if (type instanceof JavaType.Scalar scalar) {
            return Optional.of(scalar);
        }
        if (type == JavaType.Special.TASK
                || type == JavaType.Special.OPTIONAL_TASK
                || (type instanceof JavaType.Named named && named.kind() == JavaType.Kind.ENUM)) {
            return Optional.of(JavaType.Scalar.STRING);
        }
        return Optional.empty();
    }

    private Optional<BoundObject> object(JavaType type) {
        return type instanceof JavaType.Named named && named.kind() == JavaType.Kind.OBJECT
                ? bound.type(named.name()).map(BoundObject.class::cast)
                : Optional.empty();
    }

    private Optional<BoundValue> value(JavaType type) {
        return type instanceof JavaType.Named named && named.kind() == JavaType.Kind.VALUE
                ? bound.type(named.name()).map(BoundValue.class::cast)
                : Optional.empty();
    }

    /** The value as the client reads it and writes it back, or empty when {@link Lenient} refuses it. */
    static Optional<JsonNode> scalar(JsonNode value, JavaType.Scalar kind) {
        if (value.isContainerNode()) {
            return Optional.empty();
        }
        Object raw = PropertyStringReading.scalar(value);
        JsonNodeFactory json = JsonNodeFactory.instance;
        try {
            return Optional.of(
                    switch (kind) {
                        case STRING -> json.textNode(Lenient.toText(raw));
                        case LONG -> json.numberNode(Lenient.toLong(raw));
                        case INTEGER -> json.numberNode(Lenient.toInteger(raw));
                        case DOUBLE -> json.numberNode(BigDecimal.valueOf(Lenient.toDouble(raw)));
                        case BOOLEAN -> json.booleanNode(Lenient.toBoolean(raw));
                    });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Members of JSON objects at every depth inside a value. */
    static int members(JsonNode node) {
        int count = node.isObject() ? node.size() : 0;
        for (JsonNode child : node) {
            count += members(child);
        }
        return count;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
