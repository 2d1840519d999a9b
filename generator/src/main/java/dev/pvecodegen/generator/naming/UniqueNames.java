package dev.pvecodegen.generator.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names that are unique within one scope, in the order asked (schema order, so the result is
 * deterministic). Comparison ignores case when {@code caseInsensitive} is set, because type names become file
 * names and some file systems ignore case.
 */
public final class UniqueNames {
    private final Set<String> taken = new HashSet<>();
    private final boolean caseInsensitive;

    public UniqueNames(boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
    }

    /** Reserves {@code name} as is; returns false when it was already taken. */
    public boolean reserve(String name) {
        return taken.add(key(name));
    }

    /** The candidate as it is, or with 2, 3, … appended, whichever is free first (members only; never types). */
    public String allocate(String candidate) {
        if (reserve(candidate)) {
            return candidate;
        }
        for (int i = 2; ; i++) {
            String next = candidate + i;
            if (reserve(next)) {
                return next;
            }
        }
    }

    public boolean isTaken(String name) {
        return taken.contains(key(name));
    }

    private String key(String name) {
        return caseInsensitive ? name.toLowerCase(Locale.ROOT) : name;
    }
}
