package dev.pvecodegen.generator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Enrichment;
import dev.pvecodegen.schema.model.ExcludedSubtree;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.summary.ModelSummary;
import dev.pvecodegen.schema.summary.TypeSite;
import java.util.Locale;

/**
 * The JSON form of a {@link ModelSummary}: one object whose keys include {@code operations}, {@code paths},
 * {@code taskOperations}, {@code propertyStringTypes}, {@code enumTypes} and {@code rawFallbacks}.
 */
final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    /**
     * {@code supplements} (names), {@code supplementEntries} (one object per entry with its status),
     * {@code inference} (rule → operation keys) and {@code openAnswers} (reason → operation keys).
     */
    private static void enrichment(ModelSummary s, ObjectNode root) {
        Enrichment e = s.enrichment();
        ArrayNode supplements = root.putArray("supplements");
        e.supplements().forEach(supplements::add);
        ArrayNode entries = root.putArray("supplementEntries");
        for (Enrichment.EntryOutcome entry : e.entries()) {
            ObjectNode node = entries.addObject()
                    .put("supplement", entry.supplement())
                    .put("id", entry.id())
                    .put("kind", entry.kind())
                    .put("target", entry.target())
                    .put("status", entry.status().name().toLowerCase(Locale.ROOT));
            if (!entry.detail().isEmpty()) {
                node.put("detail", entry.detail());
            }
        }
        ObjectNode inference = root.putObject("inference");
        e.inferred().forEach((rule, keys) -> {
            ArrayNode list = inference.putArray(rule);
            keys.forEach(list::add);
        });
        ObjectNode open = root.putObject("openAnswers");
        s.openAnswers().forEach((reason, keys) -> {
            ArrayNode list = open.putArray(reason);
            keys.forEach(list::add);
        });
    }

    static String render(ModelSummary s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", s.source());
        root.put("sha256", s.sha256());
        s.pinned()
                .ifPresent(p -> root.putObject("pinned")
                        .put("name", p.name())
                        .put("product", p.product())
                        .put("version", p.version()));
        root.put("dialect", s.dialect().name());
        root.put("paths", s.paths());
        ObjectNode operations = root.putObject("operations");
        operations.put("total", s.operations());
        for (HttpMethod method : HttpMethod.values()) {
            operations.put(method.name(), s.operationsByMethod().get(method));
        }
        ObjectNode parameters = root.putObject("parameters");
        parameters.put("total", s.parameters());
        for (ParameterLocation location : ParameterLocation.values()) {
            parameters.put(
                    location.name().toLowerCase(Locale.ROOT),
                    s.parametersByLocation().get(location));
        }
        parameters.put("required", s.requiredParameters());
        ArrayNode tasks = root.putArray("taskOperations");
        s.taskOperations().forEach(tasks::add);
        ObjectNode enums = root.putObject("enumTypes");
        enums.put("distinct", s.enumTypes());
        enums.put("uses", s.enumUses());
        ArrayNode formats = root.putArray("propertyStringTypes");
        s.propertyStringTypes().forEach(formats::add);
        ArrayNode opaque = root.putArray("opaquePropertyStringTypes");
        s.opaquePropertyStrings().forEach(opaque::add);
        ArrayNode lists = root.putArray("listFormats");
        s.listFormats().forEach(lists::add);
        ObjectNode families = root.putObject("indexedFamilies");
        s.indexedFamilies()
                .forEach((name, range) -> families.putObject(name)
                        .put("min", range.min())
                        .put("max", range.max())
                        .put("known", range.known()));
        ArrayNode raw = root.putArray("rawFallbacks");
        for (TypeSite site : s.rawFallbacks()) {
            raw.addObject().put("location", site.location()).put("reason", ((ApiType.AnyType) site.type()).reason());
        }
        ArrayNode excluded = root.putArray("excluded");
        for (ExcludedSubtree subtree : s.excluded()) {
            excluded.addObject()
                    .put("path", subtree.path())
                    .put("operations", subtree.operationCount())
                    .put("reason", subtree.reason());
        }
        enrichment(s, root);
        ArrayNode warnings = root.putArray("warnings");
        s.warnings().forEach(warnings::add);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
