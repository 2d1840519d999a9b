package dev.pvecodegen.generator.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Suggests which operation of the new schema most likely replaces a removed one, so a report reads "removed (see …)".
 * A successor has the same method and the same path except for one segment, where either both are variables
 * ({@code {pciid}} → {@code {pci-id-or-mapping}}) or one literal extends the other ({@code pools} → {@code pool}).
 * The hint is only a reading aid: the change stays a removal plus an addition.
 */
final class RenameHints {

    private final List<Location> candidates;

    /** @param candidates the operations of the new schema, in report order */
    RenameHints(List<Location> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /**
     * The first candidate that looks like the successor of {@code removed}. Candidates include operations both
     * schemas have: PVE 7.2 already had {@code ceph/pool} beside the deprecated {@code ceph/pools}.
     */
    Optional<Location> successor(Location removed) {
        String[] oldSegments = segments(removed.path());
        return candidates.stream()
                .filter(candidate -> candidate.method() == removed.method())
                .filter(candidate -> differsInOneSimilarSegment(oldSegments, segments(candidate.path())))
                .findFirst();
    }

    private static String[] segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static boolean differsInOneSimilarSegment(String[] before, String[] after) {
        if (before.length != after.length) {
            return false;
        }
        int differences = 0;
        boolean similar = false;
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) {
                differences++;
                similar = similar(before[i], after[i]);
            }
        }
        return differences == 1 && similar;
    }

    private static boolean similar(String before, String after) {
        boolean beforeVariable = isVariable(before);
        boolean afterVariable = isVariable(after);
        if (beforeVariable || afterVariable) {
            return beforeVariable && afterVariable;
        }
        return before.startsWith(after) || after.startsWith(before);
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
