package dev.pvecodegen.generator.cli;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Enrichment;
import dev.pvecodegen.schema.model.ExcludedSubtree;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.summary.ModelSummary;
import dev.pvecodegen.schema.summary.TypeSite;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human-readable form of a {@link ModelSummary}. */
final class SummaryText {

    private SummaryText() {}

    private static void line(PrintStream out, String label, Object value) {
        out.printf("%-25s%s%n", label, value);
    }

    private static void item(PrintStream out, Object value) {
        out.println("  " + value);
    }

    static void render(ModelSummary s, PrintStream out) {
        line(out, "schema", s.source());
        line(out, "sha256", s.sha256());
        s.pinned().ifPresent(p -> line(out, "product", p.product() + " " + p.version() + " (pinned " + p.name() + ")"));
        line(out, "dialect", s.dialect());
        line(out, "paths", s.paths());
        line(
                out,
                "operations",
                s.operations() + " ("
                        + List.of(HttpMethod.values()).stream()
                                .map(m -> m + " " + s.operationsByMethod().get(m))
                                .collect(Collectors.joining(", "))
                        + ")");
        line(
                out,
                "parameters",
                s.parameters() + " ("
                        + List.of(ParameterLocation.values()).stream()
                                .map(l -> l.name().toLowerCase(Locale.ROOT) + " "
                                        + s.parametersByLocation().get(l))
                                .collect(Collectors.joining(", "))
                        + "; required " + s.requiredParameters() + ")");
        line(out, "task operations", s.taskOperations().size());
        line(out, "enum types", s.enumTypes() + " distinct, " + s.enumUses() + " uses");
        line(
                out,
                "property-string types",
                s.propertyStringTypes().size() + " distinct, " + s.propertyStringUses() + " uses");
        line(
                out,
                "opaque property strings",
                s.opaquePropertyStrings().size() + " " + String.join(", ", s.opaquePropertyStrings()));
        line(out, "list formats", s.listFormats().size() + " " + String.join(", ", s.listFormats()));
        line(
                out,
                "indexed families",
                s.indexedFamilies().size() + " "
                        + s.indexedFamilies().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue()
                                        + (e.getValue().known() ? "" : " (guessed)"))
                                .collect(Collectors.joining(", ")));
        line(out, "raw fallbacks", s.rawFallbacks().size());
        for (TypeSite site : s.rawFallbacks()) {
            item(out, site.location() + ": " + ((ApiType.AnyType) site.type()).reason());
        }
        line(out, "excluded subtrees", s.excluded().size());
        for (ExcludedSubtree excluded : s.excluded()) {
            item(out, excluded.path() + " (" + excluded.operationCount() + " operations): " + excluded.reason());
        }
        if (!s.warnings().isEmpty()) {
            line(out, "warnings", s.warnings().size());
            s.warnings().forEach(w -> item(out, w));
        }
        enrichment(s, out);
        out.println();
        out.println("task operations:");
        s.taskOperations().forEach(key -> item(out, key));
        out.println("property-string types:");
        s.propertyStringTypes().forEach(id -> item(out, id));
    }

    /** Supplements applied, entries that did nothing, operations typed per inference rule, answers still open. */
    private static void enrichment(ModelSummary s, PrintStream out) {
        Enrichment e = s.enrichment();
        line(out, "supplements", e.supplements().isEmpty() ? "none" : String.join(", ", e.supplements()));
        if (!e.entries().isEmpty()) {
            line(
                    out,
                    "supplement entries",
                    e.entries().size() + " ("
                            + List.of(Enrichment.EntryStatus.values()).stream()
                                    .map(status -> status.name()
                                                    .toLowerCase(Locale.ROOT)
                                                    .replace('_', ' ') + " "
                                            + e.entries(status).size())
                                    .collect(Collectors.joining(", "))
                            + ")");
            for (Enrichment.EntryOutcome entry : e.entries()) {
                if (entry.status() != Enrichment.EntryStatus.APPLIED) {
                    item(
                            out,
                            entry.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                                    + entry.reference() + " (" + entry.target() + ")"
                                    + (entry.detail().isEmpty() ? "" : ": " + entry.detail()));
                }
            }
        }
        int inferred = e.inferred().values().stream().mapToInt(List::size).sum();
        line(out, "typed by inference", inferred + " operations");
        e.inferred().forEach((rule, keys) -> item(out, rule + ": " + keys.size()));
        int open = s.openAnswers().values().stream().mapToInt(List::size).sum();
        line(out, "answers still open", open + " operations");
        s.openAnswers().forEach((reason, keys) -> {
            item(out, reason + " (" + keys.size() + "):");
            keys.forEach(key -> item(out, "  " + key));
        });
    }
}
