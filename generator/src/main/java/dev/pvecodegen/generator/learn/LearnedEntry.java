package dev.pvecodegen.generator.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.Operation;
import java.util.List;
import java.util.Objects;

/**
 * One proposed supplement entry.
 *
 * @param id unique in the learned file
 * @param operation the operation whose {@code returns} it targets
 * @param pointer the supplement pointer of the target ({@code ""}, {@code /items})
 * @param kind {@code properties} (fields added or retyped) or {@code schema} (the answer of a {@code null} return)
 * @param fragment the properties map, or the schema
 * @param reason why, in words
 * @param evidence one line per field: what was inferred, from how many answers of which server versions
 * @param versions the major versions of the servers that sent them
 */
public record LearnedEntry(
        String id,
        Operation operation,
        String pointer,
        String kind,
        ObjectNode fragment,
        String reason,
        List<String> evidence,
        List<String> versions) {

    public LearnedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
        versions = List.copyOf(versions);
    }

    /** How many fields it types: the properties of a {@code properties} entry, 1 for a {@code schema} entry. */
    public int fields() {
        return kind.equals("properties") ? fragment.size() : 1;
    }
}
