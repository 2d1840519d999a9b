package dev.pvecodegen.generator.cli;

import dev.pvecodegen.schema.model.ExcludedSubtree;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.ParameterLocation;
import dev.pvecodegen.schema.summary.ModelSummary;
import dev.pvecodegen.schema.summary.TypeSite;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** The human-readable form of a {@link ModelSummary}. */
final class SummaryText {

    private SummaryText() {
    }

    static void render(ModelSummary s, PrintStream out) {
        out.println("schema                 " + s.source());
        out.println("sha256                 " + s.sha256());
        out.println("dialect                " + s.dialect());
        out.println("paths                  " + s.paths());
        out.println("operations             " + s.operations() + " (" + List.of(HttpMethod.values()).stream()
                .map(m -> m + " " + s.operationsByMethod().get(m)).collect(Collectors.joining(", ")) + ")");
        out.println("parameters             " + s.parameters() + " (" + List.of(ParameterLocation.values()).stream()
                .map(l -> l.name().toLowerCase(java.util.Locale.ROOT) + " " + s.parametersByLocation().get(l))
                .collect(Collectors.joining(", ")) + "; required " + s.requiredParameters() + ")");
        out.println("task operations        " + s.taskOperations().size());
        out.println("enum types             " + s.enumTypes() + " distinct, " + s.enumUses() + " uses");
        out.println("property-string types  " + s.propertyStringTypes().size() + " distinct, "
                + s.propertyStringUses() + " uses");
        out.println("opaque property strings " + s.opaquePropertyStrings().size() + " "
                + String.join(", ", s.opaquePropertyStrings()));
        out.println("list formats           " + s.listFormats().size());
        out.println("indexed families       " + s.indexedFamilies().size() + " " + s.indexedFamilies().entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue() + (e.getValue().known() ? "" : " (guessed)"))
                .collect(Collectors.joining(", ")));
        out.println("raw fallbacks          " + s.rawFallbacks().size());
        for (TypeSite site : s.rawFallbacks()) {
            out.println("  " + site.location() + ": " + ((dev.pvecodegen.schema.model.ApiType.AnyType) site.type())
                    .reason());
        }
        out.println("excluded subtrees      " + s.excluded().size());
        for (ExcludedSubtree excluded : s.excluded()) {
            out.println("  " + excluded.path() + " (" + excluded.operationCount() + " operations): "
                    + excluded.reason());
        }
        if (!s.warnings().isEmpty()) {
            out.println("warnings               " + s.warnings().size());
            s.warnings().forEach(w -> out.println("  " + w));
        }
        out.println();
        out.println("task operations:");
        s.taskOperations().forEach(key -> out.println("  " + key));
        out.println("property-string types:");
        s.propertyStringTypes().forEach(id -> out.println("  " + id));
    }
}
