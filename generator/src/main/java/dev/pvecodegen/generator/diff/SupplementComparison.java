package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Enrichment.EntryOutcome;
import dev.pvecodegen.schema.model.Enrichment.EntryStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * Supplement entries a newer schema makes redundant: the entry added something to the old model, and the new schema
 * declares it identically. Neutral for users (the generated client does not change), worth a line in the report
 * because the entry can go. Supplemented and inferred properties themselves are compared like declared ones.
 */
final class SupplementComparison {

    private SupplementComparison() {}

    static void compare(ApiModel oldModel, ApiModel newModel, ChangeCollector out) {
        Map<String, EntryOutcome> before = new HashMap<>();
        oldModel.enrichment().entries().forEach(entry -> before.put(entry.reference(), entry));
        for (EntryOutcome entry : newModel.enrichment().entries(EntryStatus.REDUNDANT)) {
            EntryOutcome old = before.get(entry.reference());
            if (old == null
                    || old.status() != EntryStatus.APPLIED
                    || entry.method().isEmpty()) {
                continue;
            }
            out.add(
                    ChangeKind.SUPPLEMENT_REDUNDANT,
                    Location.operation(entry.method().get(), entry.path().orElseThrow()),
                    "supplement entry " + entry.reference() + " (" + entry.kind() + ") is now declared by the schema",
                    "no change for the generated client; the entry can be removed from the supplement");
        }
    }
}
