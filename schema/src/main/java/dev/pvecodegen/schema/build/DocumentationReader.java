package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.Permissions;
import java.util.Optional;

/** Reads the documentation keys of a schema node and the permissions of an operation. */
final class DocumentationReader {

    /** Deprecation is prose only in apidoc (format reference §3.2). */
    private static final String DEPRECATED = "deprecat";

    private DocumentationReader() {}

    static Documentation read(JsonNode schema) {
        Optional<String> description = Lenient.text(schema.get("description"));
        Optional<String> verbose = Lenient.text(schema.get("verbose_description"));
        boolean deprecated =
                description.map(DocumentationReader::mentionsDeprecation).orElse(false)
                        || verbose.map(DocumentationReader::mentionsDeprecation).orElse(false);
        return new Documentation(
                description,
                verbose,
                Lenient.text(schema.get("title")),
                Lenient.text(schema.get("typetext")),
                Lenient.text(schema.get("format_description")),
                Lenient.scalarText(schema.get("default")),
                Lenient.text(schema.get("renderer")),
                Lenient.texts(schema.get("requires")),
                deprecated);
    }

    /** Case-insensitive search without a regex: this runs on every one of thousands of descriptions. */
    static boolean mentionsDeprecation(String text) {
        int last = text.length() - DEPRECATED.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == 'd' || c == 'D') && text.regionMatches(true, i, DEPRECATED, 0, DEPRECATED.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * PVE: {@code {check: [S-expression], description, user}}; PBS: {@code {check: {path, privs, partial}}},
     * {@code {or|and: [...]}}, {@code {userParam}}, {@code {user}}. Whatever is not description or user is kept
     * as compact JSON text for Javadoc.
     */
    static Permissions permissions(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Permissions.none();
        }
        Optional<String> check;
        if (node.has("check")) {
            check = Optional.of(CanonicalJson.compact(node.get("check")));
        } else {
            var rest = node.deepCopy();
            if (rest instanceof ObjectNode object) {
                object.remove("description");
                object.remove("user");
                check = object.isEmpty() ? Optional.empty() : Optional.of(CanonicalJson.compact(object));
            } else {
                check = Optional.empty();
            }
        }
        return new Permissions(Lenient.text(node.get("description")), Lenient.text(node.get("user")), check);
    }
}
