package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.HttpMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds things in a raw apidoc tree by the names supplement entries use: operations by method and path, and every
 * schema node (parameters, returns, and everything nested in them) with its JSON pointer; and writes into the tree
 * copy on write. The input tree is never changed: the first write below a container of the input replaces it, and
 * every container above it, with a shallow copy, so that the written tree shares all it does not change with the
 * input (copying the whole tree costs more than the entries' writes). Nodes are therefore found by pointer after
 * each write, never kept across one.
 */
final class ApidocIndex {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A node of the tree and its JSON pointer. */
    record Located(JsonNode node, String pointer) {}

    private JsonNode tree;
    /** Pointers of the {@code info/METHOD} objects by {@code "METHOD path"}. */
    private final Map<String, String> operations = new HashMap<>();
    /** The containers this index copied, by identity: the tree's own, writable in place. */
    private final Set<JsonNode> copies = Collections.newSetFromMap(new IdentityHashMap<>());

    private ApidocIndex(JsonNode tree) {
        this.tree = tree;
    }

    /** An index of the input tree, which it never changes. */
    static ApidocIndex of(JsonNode tree) {
        ApidocIndex index = new ApidocIndex(tree);
        for (int i = 0; i < tree.size(); i++) {
            index.node(tree.get(i), "/" + i, 0);
        }
        return index;
    }

    private void node(JsonNode node, String pointer, int depth) {
        if (!node.isObject() || depth > 256) {
            return;
        }
        String path = node.path("path").asText("");
        JsonNode info = node.get("info");
        if (info != null && info.isObject()) {
            info.properties()
                    .forEach(method ->
                            operations.put(method.getKey() + " " + path, pointer + "/info/" + escape(method.getKey())));
        }
        JsonNode children = node.get("children");
        if (children != null && children.isArray()) {
            for (int i = 0; i < children.size(); i++) {
                node(children.get(i), pointer + "/children/" + i, depth + 1);
            }
        }
    }

    /** The {@code info/METHOD} object of an operation. */
    Optional<Located> operation(HttpMethod method, String path) {
        return Optional.ofNullable(operations.get(method + " " + path))
                .map(pointer -> new Located(tree.at(pointer), pointer));
    }

    /** The tree as written so far: the input itself until the first write. */
    JsonNode tree() {
        return tree;
    }

    /** The node at an absolute pointer of the tree. */
    Optional<JsonNode> at(String pointer) {
        JsonNode node = tree.at(pointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /**
     * Every schema node of every operation that {@code wanted} accepts, depth first, with its pointer; property-string
     * keys included. Only the nodes wanted get a pointer string: a walk visits thousands of nodes for a few sites.
     */
    List<Located> schemas(Predicate<JsonNode> wanted) {
        List<String> operationPointers = new ArrayList<>(operations.values());
        Collections.sort(operationPointers);
        List<Located> out = new ArrayList<>();
        StringBuilder pointer = new StringBuilder();
        for (String operationPointer : operationPointers) {
            JsonNode operation = tree.at(operationPointer);
            for (String part : new String[] {"parameters", "returns"}) {
                JsonNode schema = operation.get(part);
                if (schema != null) {
                    pointer.setLength(0);
                    pointer.append(operationPointer).append('/').append(part);
                    walk(schema, pointer, 0, wanted, out);
                }
            }
        }
        return out;
    }

    /** Visits {@code schema} at {@code pointer}, then its nested schemas; leaves {@code pointer} as it found it. */
    private static void walk(
            JsonNode schema, StringBuilder pointer, int depth, Predicate<JsonNode> wanted, List<Located> out) {
        if (!schema.isObject() || depth > 128) {
            return;
        }
        if (wanted.test(schema)) {
            out.add(new Located(schema, pointer.toString()));
        }
        int length = pointer.length();
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            walkMembers(properties, pointer.append("/properties"), depth, wanted, out);
        }
        for (String member : new String[] {"items", "additionalProperties"}) {
            JsonNode child = schema.get(member);
            if (child != null && child.isObject()) {
                walk(child, pointer.append('/').append(member), depth + 1, wanted, out);
            }
            pointer.setLength(length);
        }
        JsonNode oneOf = schema.get("oneOf");
        if (oneOf != null && oneOf.isArray()) {
            for (int i = 0; i < oneOf.size(); i++) {
                walk(oneOf.get(i), pointer.append("/oneOf/").append(i), depth + 1, wanted, out);
                pointer.setLength(length);
            }
        }
        JsonNode format = schema.get("format");
        if (format != null && format.isObject()) {
            if (Formats.isSchemaFormat(format)) {
                walk(format, pointer.append("/format"), depth + 1, wanted, out);
            } else {
                walkMembers(format, pointer.append("/format"), depth, wanted, out);
            }
        }
        pointer.setLength(length);
    }

    /** Walks the members of a {@code properties} or key map at {@code pointer}. */
    private static void walkMembers(
            JsonNode map, StringBuilder pointer, int depth, Predicate<JsonNode> wanted, List<Located> out) {
        int length = pointer.length();
        for (Map.Entry<String, JsonNode> member : map.properties()) {
            walk(member.getValue(), pointer.append('/').append(escape(member.getKey())), depth + 1, wanted, out);
            pointer.setLength(length);
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Writes {@code value} as member {@code name} of the object at {@code parentPointer}. */
    void set(String parentPointer, String name, JsonNode value) {
        writable(parentPointer).set(name, value);
    }

    /** The object at {@code pointer}, to change: copied first, with every container above it, unless it is a copy. */
    ObjectNode writable(String pointer) {
        tree = ownCopy(tree);
        JsonNode container = tree;
        for (JsonPointer at = JsonPointer.compile(pointer); !at.matches(); at = at.tail()) {
            if (container.isObject()) {
                String name = at.getMatchingProperty();
                JsonNode child = ownCopy(container.get(name));
                ((ObjectNode) container).set(name, child);
                container = child;
            } else {
                int index = at.getMatchingIndex();
                JsonNode child = ownCopy(container.get(index));
                ((ArrayNode) container).set(index, child);
                container = child;
            }
        }
        return (ObjectNode) container;
    }

    /** The node itself when this index copied it (or created it), else a shallow copy that is then its own. */
    private JsonNode ownCopy(JsonNode node) {
        if (node == null || copies.contains(node)) {
            return node;
        }
        JsonNode copy;
        if (node.isObject()) {
            copy = NODES.objectNode().setAll((ObjectNode) node);
        } else if (node.isArray()) {
            copy = NODES.arrayNode(node.size()).addAll((ArrayNode) node);
        } else {
            throw new IllegalStateException("not a container: " + node.getNodeType());
        }
        copies.add(copy);
        return copy;
    }
}
