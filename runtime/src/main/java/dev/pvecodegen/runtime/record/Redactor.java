package dev.pvecodegen.runtime.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.runtime.ApiRequest;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Copies an answer and its request parameters with every secret replaced, and notes where. A secret string becomes
 * {@value #REDACTED}, a secret number 0; booleans and nulls carry nothing secret and stay, so that the recording still
 * shows each field's JSON type. The original is never modified.
 */
final class Redactor {
    static final String REDACTED = "<redacted>";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<UnaryOperator<String>> scrubbers;

    /** @param scrubbers extra functions applied to every string, each removing a secret the rules cannot know */
    Redactor(List<UnaryOperator<String>> scrubbers) {
        this.scrubbers = List.copyOf(scrubbers);
    }

    /** The redacted parts of one call. {@code pointers} are JSON pointers into the recording, {@code *} per index. */
    record Redacted(String path, ObjectNode params, JsonNode data, SortedSet<String> pointers) {}

    Redacted redact(ApiRequest request, JsonNode data) {
        SortedSet<String> pointers = new TreeSet<>();
        String template = request.pathTemplate();
        ObjectNode params = NODES.objectNode();
        for (Map.Entry<String, String> param : request.params()) {
            String name = param.getKey();
            String pointer = "/params/" + escape(name);
            String value = SecretRules.isSecretName(template, name)
                    ? secret(pointer, pointers)
                    : text(template, name, param.getValue(), pointer, pointers);
            JsonNode existing = params.get(name);
            if (existing == null) {
                params.put(name, value);
            } else if (existing.isArray()) {
                ((ArrayNode) existing).add(value);
            } else {
                params.set(name, NODES.arrayNode().add(existing).add(value));
            }
        }
        String path = scrub(request.path());
        if (!path.equals(request.path())) {
            pointers.add("/path");
        }
        JsonNode copy = data == null ? NODES.nullNode() : copy(template, "", data, "/data", pointers);
        return new Redacted(path, params, copy, pointers);
    }

    /** @param name the name of the property {@code node} is (an item of), {@code ""} for {@code data} itself */
    private JsonNode copy(String template, String name, JsonNode node, String pointer, SortedSet<String> pointers) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(field -> {
                String key = field.getKey();
                String at = pointer + "/" + escape(key);
                copy.set(
                        scrub(key),
                        SecretRules.isSecretName(template, key)
                                ? blank(field.getValue(), at, pointers)
                                : copy(template, key, field.getValue(), at, pointers));
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode(node.size());
            node.forEach(item -> copy.add(copy(template, name, item, pointer + "/*", pointers)));
            return copy;
        }
        if (node.isTextual()) {
            return NODES.textNode(text(template, name, node.textValue(), pointer, pointers));
        }
        return node.deepCopy();
    }

    /** A secret's value: every string and number inside it replaced, structure kept. */
    private JsonNode blank(JsonNode node, String pointer, SortedSet<String> pointers) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties()
                    .forEach(field -> copy.set(
                            scrub(field.getKey()),
                            blank(field.getValue(), pointer + "/" + escape(field.getKey()), pointers)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode(node.size());
            node.forEach(item -> copy.add(blank(item, pointer + "/*", pointers)));
            return copy;
        }
        if (node.isTextual()) {
            return NODES.textNode(secret(pointer, pointers));
        }
        if (node.isNumber()) {
            pointers.add(pointer);
            return NODES.numberNode(0);
        }
        return node.deepCopy();
    }

    private static String secret(String pointer, SortedSet<String> pointers) {
        pointers.add(pointer);
        return REDACTED;
    }

    /**
     * A string under a name that is not secret: still a secret when it looks like one, and it may hold secrets (a URL's
     * password, a property string's credential entries).
     */
    private String text(String template, String name, String value, String pointer, SortedSet<String> pointers) {
        if (SecretRules.isSecretValue(value)) {
            return secret(pointer, pointers);
        }
        String scrubbed = scrub(SecretRules.withoutSecretEntries(
                template, name, SecretRules.withoutUrlPasswords(value, REDACTED), REDACTED));
        if (!scrubbed.equals(value)) {
            pointers.add(pointer);
        }
        return scrubbed;
    }

    private String scrub(String text) {
        String result = text;
        for (UnaryOperator<String> scrubber : scrubbers) {
            result = scrubber.apply(result);
        }
        return result;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
