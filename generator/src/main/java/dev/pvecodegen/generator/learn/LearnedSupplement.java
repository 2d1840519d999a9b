package dev.pvecodegen.generator.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.supplement.Supplement;
import dev.pvecodegen.schema.supplement.SupplementReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes learned entries as a supplement file ({@code pvecodegen-supplement/1}): members in a fixed order, entries
 * in the learner's order, two-space indentation, no timestamp, so the same answers give the same bytes. The text is
 * read back through {@link SupplementReader} (the meta-schema and the id rules) before it is handed out.
 */
public final class LearnedSupplement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LearnedSupplement() {}

    /**
     * The supplement file of a learner's result, validated.
     *
     * @param product {@code pve} or {@code pbs}
     * @param schemaName the schema learned against, for the description
     */
    public static byte[] render(String product, String schemaName, LearnResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", Supplement.FORMAT);
        root.put("product", product);
        root.put(
                "description",
                "Learned by pvecodegen learn from " + result.answers() + " recorded answers against " + schemaName
                        + ". Apply it after the supplements given to learn; review it before relying on it.");
        ArrayNode entries = root.putArray("entries");
        for (LearnedEntry entry : result.entries()) {
            ObjectNode node = entries.addObject();
            node.put("id", entry.id());
            ObjectNode target = node.putObject("target");
            target.put("method", entry.operation().method().name());
            target.put("path", entry.operation().path());
            target.put("in", "returns");
            target.put("pointer", entry.pointer());
            node.set(entry.kind(), entry.fragment());
            node.put("reason", entry.reason());
            strings(node.putArray("evidence"), entry.evidence());
            strings(node.putArray("versions"), entry.versions());
        }
        byte[] bytes;
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            bytes = (JSON.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
        try {
            SupplementReader.read(bytes, "learned supplement");
        } catch (SchemaException e) {
            // A defect of the learner, not of the answers: every fragment it writes is meant to be valid.
            throw new IllegalStateException("the learned supplement is not valid: " + e.getMessage(), e);
        }
        return bytes;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
