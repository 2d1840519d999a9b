package dev.pvecodegen.generator.learn;

import java.util.List;

/**
 * What {@link Learner} found.
 *
 * @param entries the proposed entries, sorted by path, method and pointer
 * @param conflicts fields a given supplement declares and recorded answers contradict: never overridden, listed
 * @param skipped raw fields no entry was proposed for, each with the reason
 * @param unmatched answers that match no operation of the schema
 * @param warnings entries that will not apply to the schema learned against (learned from servers of another major
 *     version)
 * @param answers how many answers were read
 */
public record LearnResult(
        List<LearnedEntry> entries,
        List<String> conflicts,
        List<String> skipped,
        List<String> unmatched,
        List<String> warnings,
        int answers) {

    public LearnResult {
        entries = List.copyOf(entries);
        conflicts = List.copyOf(conflicts);
        skipped = List.copyOf(skipped);
        unmatched = List.copyOf(unmatched);
        warnings = List.copyOf(warnings);
    }

    /** Fields the entries type. */
    public int fields() {
        return entries.stream().mapToInt(LearnedEntry::fields).sum();
    }
}
