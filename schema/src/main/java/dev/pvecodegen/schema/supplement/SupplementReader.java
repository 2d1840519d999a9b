package dev.pvecodegen.schema.supplement;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.NameOverride;
import dev.pvecodegen.schema.read.MetaSchemaValidator;
import dev.pvecodegen.schema.read.SchemaReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a supplement file: JSON within the schema reader's limits, validated against the supplement meta-schema
 * (which reuses the apidoc's schema definitions for fragments), then checked for what a meta-schema cannot say:
 * unique entry ids and well-formed JSON pointers. Every problem is reported at once, located by its JSON pointer in
 * the file and, where the entry names one, the target's method and path.
 */
public final class SupplementReader {

    private SupplementReader() {}

    public static Supplement read(byte[] bytes, String displayName) throws SchemaException {
        JsonNode tree = SchemaReader.readJson(bytes, displayName);
        List<SchemaProblem> problems = new ArrayList<>();
        for (MetaSchemaValidator.Violation violation :
                MetaSchemaValidator.violations(tree, MetaSchemaValidator.MetaSchema.SUPPLEMENT)) {
            problems.add(locate(
                    tree, violation.pointer(), "does not match the supplement meta-schema " + violation.message()));
        }
        if (!problems.isEmpty()) {
            throw new SchemaException(displayName, problems);
        }
        List<SupplementEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode entryNodes = tree.get("entries");
        for (int i = 0; i < entryNodes.size(); i++) {
            String pointer = "/entries/" + i;
            SupplementEntry entry = entry(entryNodes.get(i), pointer);
            if (!ids.add(entry.id())) {
                problems.add(locate(tree, pointer + "/id", "duplicate entry id '" + entry.id() + "'"));
            }
            if (entry.target() instanceof Target.Operation operation && !isPointer(operation.pointer())) {
                problems.add(locate(
                        tree,
                        pointer + "/target/pointer",
                        "'" + operation.pointer() + "' is not a JSON pointer ('~' must be followed by 0 or 1)"));
            }
            if (entry.kind() != SupplementEntry.Kind.KEYS && entry.target() instanceof Target.Format) {
                problems.add(locate(
                        tree,
                        pointer + "/target",
                        "a format target takes only 'keys'; '" + entry.kind().member()
                                + "' needs an operation target (method, path, in, pointer)"));
            }
            entries.add(entry);
        }
        if (!problems.isEmpty()) {
            throw new SchemaException(displayName, problems);
        }
        return new Supplement(
                displayName,
                tree.get("product").textValue(),
                Optional.ofNullable(tree.get("description")).map(JsonNode::textValue),
                entries,
                names(tree.get("names")));
    }

    private static SupplementEntry entry(JsonNode node, String pointer) {
        SupplementEntry.Kind kind = null;
        for (SupplementEntry.Kind candidate : SupplementEntry.Kind.values()) {
            if (node.has(candidate.member())) {
                kind = candidate; // the meta-schema guarantees exactly one
            }
        }
        if (kind == null) {
            throw new IllegalStateException("the meta-schema lets no entry without a kind through");
        }
        Optional<JsonNode> fragment = kind == SupplementEntry.Kind.OBJECT_FORM
                ? Optional.empty()
                : Optional.of(node.get(kind.member()).deepCopy());
        return new SupplementEntry(
                node.get("id").textValue(),
                kind,
                target(node.get("target")),
                fragment,
                node.get("reason").textValue(),
                texts(node.get("evidence")),
                texts(node.get("versions")),
                pointer);
    }

    private static Target target(JsonNode node) {
        if (node.has("format")) {
            return new Target.Format(node.get("format").textValue());
        }
        return operationTarget(node);
    }

    /** An operation target ({@code {method, path, in, pointer}}), as the meta-schema has checked it. */
    static Target.Operation operationTarget(JsonNode node) {
        return new Target.Operation(
                HttpMethod.valueOf(node.get("method").textValue()),
                node.get("path").textValue(),
                node.get("in").textValue().equals("returns") ? Target.Part.RETURNS : Target.Part.PARAMETERS,
                node.path("pointer").asText(""));
    }

    private static List<NameOverride> names(JsonNode node) {
        List<NameOverride> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode name = node.get(i);
            names.add(new NameOverride(
                    name.get("target").textValue(),
                    name.get("name").textValue(),
                    name.get("reason").textValue(),
                    "/names/" + i));
        }
        return names;
    }

    private static int index(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.textValue()));
        return out;
    }

    static boolean isPointer(String pointer) {
        try {
            JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~'
                    && (i + 1 >= pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A problem at {@code pointer} of a supplement file, naming the entry's id and its target's method and path
     * when the pointer falls inside an entry that has them.
     */
    static SchemaProblem locate(JsonNode tree, String pointer, String message) {
        Optional<String> method = Optional.empty();
        Optional<String> path = Optional.empty();
        String text = message;
        String[] tokens = pointer.split("/", -1);
        if (tokens.length > 2
                && tokens[1].equals("entries")
                && tree.path("entries").isArray()) {
            JsonNode entry = tree.get("entries").path(index(tokens[2]));
            JsonNode target = entry.path("target");
            if (target.path("method").isTextual()) {
                method = Optional.of(target.get("method").textValue());
            }
            if (target.path("path").isTextual()) {
                path = Optional.of(target.get("path").textValue());
            } else if (target.path("format").isTextual()) {
                path = Optional.of("format " + target.get("format").textValue());
            }
            if (entry.path("id").isTextual()) {
                text = "entry '" + entry.get("id").textValue() + "': " + message;
            }
        }
        return new SchemaProblem(pointer, path, method, Optional.empty(), text);
    }
}
