package dev.pvecodegen.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.SchemaSource;
import java.io.UncheckedIOException;

/** Machine-readable report: fields in a fixed order, changes in report order, {@code \n} line ends everywhere. */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    static String render(DiffReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("old", source(report.oldSource()));
        root.set("new", source(report.newSource()));
        root.put("breaking", report.hasBreakingChanges());
        ObjectNode summary = root.putObject("summary");
        ObjectNode operations = summary.putObject("operations");
        operations.put("added", report.operations().added());
        operations.put("removed", report.operations().removed());
        operations.put("common", report.operations().common());
        ObjectNode bySeverity = summary.putObject("changes");
        for (Severity severity : Severity.values()) {
            bySeverity.put(ReportText.lower(severity), report.count(severity));
        }
        ObjectNode byKind = summary.putObject("kinds");
        report.countsByKind().forEach((kind, count) -> byKind.put(kind.label(), count));
        ArrayNode changes = root.putArray("changes");
        for (Change change : report.changes()) {
            ObjectNode node = changes.addObject();
            node.put("severity", ReportText.lower(change.severity()));
            node.put("kind", change.kind().label());
            node.put("method", change.location().method().name());
            node.put("path", change.location().path());
            node.put("element", change.location().element());
            node.put("message", change.message());
            node.put("consequence", change.consequence());
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode source(SchemaSource source) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", source.name());
        node.put("sha256", source.sha256());
        return node;
    }
}
