package dev.pvecodegen.generator.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The same change (element, kind, severity, message and consequence) seen in several operations, reported once:
 * {@code vmid} narrowed in 167 operations is one entry listing them. Operation-level changes (added, removed, …)
 * are never merged. Used by the human-readable reports; JSON keeps one entry per change.
 *
 * @param change the first occurrence, in report order
 * @param operations every operation where it occurs ({@code POST /nodes/{node}/qemu}), in report order
 */
record ChangeGroup(Change change, List<String> operations) {

    ChangeGroup {
        Objects.requireNonNull(change, "change");
        operations = List.copyOf(operations);
    }

    /** Groups sorted changes; groups keep the order of their first member. */
    static List<ChangeGroup> of(List<Change> sortedChanges) {
        Map<List<Object>, List<Change>> byKey = new LinkedHashMap<>();
        for (Change change : sortedChanges) {
            byKey.computeIfAbsent(key(change), k -> new ArrayList<>()).add(change);
        }
        return byKey.values().stream()
                .map(members -> new ChangeGroup(
                        members.get(0),
                        members.stream()
                                .map(c -> c.location().operationKey())
                                .distinct()
                                .toList()))
                .toList();
    }

    private static List<Object> key(Change change) {
        if (change.location().isOperation()) {
            return List.of(change.location());
        }
        return List.of(
                change.location().element(), change.kind(), change.severity(), change.message(), change.consequence());
    }
}
