package dev.pvecodegen.schema.build;

import dev.pvecodegen.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.List;

/** Gathers every problem found while building, so that the user sees them all at once. */
final class ProblemCollector {

    private final List<SchemaProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    void add(Site site, String message) {
        problems.add(new SchemaProblem(site.pointer(), site.path(), site.method(), site.parameter(), message));
    }

    /** Something the builder worked around (the model stays complete), reported for the record. */
    void warn(Site site, String message) {
        SchemaProblem where = new SchemaProblem(site.pointer(), site.path(), site.method(), site.parameter(), message);
        warnings.add(where.toString());
    }

    List<SchemaProblem> problems() {
        return List.copyOf(problems);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
