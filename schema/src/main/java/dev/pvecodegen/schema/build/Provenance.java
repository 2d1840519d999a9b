package dev.pvecodegen.schema.build;

import dev.pvecodegen.schema.model.Origin;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the model builder needs to know about a tree that supplements changed: the origin of every subtree a
 * supplement entry wrote (keyed by its JSON pointer in the tree), and the property strings that also arrive as JSON
 * objects.
 *
 * @param origins origin of the subtree at each pointer; a node's origin is that of its nearest marked ancestor
 * @param objectForms pointers of the property-string schemas marked as also arriving as objects
 * @param declared pointers of the schemas supplement entries declared whole ({@code schema} entries)
 */
public record Provenance(Map<String, Origin> origins, Set<String> objectForms, Set<String> declared) {

    private static final Provenance NONE = new Provenance(Map.of(), Set.of(), Set.of());

    public Provenance {
        // Sorted, so that the nearest marked ancestor of a pointer is a few floor look-ups (see originOf).
        origins = Collections.unmodifiableNavigableMap(new TreeMap<>(Map.copyOf(origins)));
        objectForms = Set.copyOf(objectForms);
        declared = Set.copyOf(declared);
    }

    /** A tree exactly as the schema declares it. */
    public static Provenance none() {
        return NONE;
    }

    /** The origin of the schema node at {@code pointer}: the nearest marked subtree it lies in, else the schema. */
    public Origin originOf(String pointer) {
        // The model builder asks for every property, and few subtrees are marked: rather than looking up every
        // ancestor pointer (a substring each), find the greatest marked pointer not after this one. Every ancestor
        // sorts before its descendants, so when that pointer is an ancestor it is the nearest one; when it is not,
        // every marked ancestor is a prefix of the part it shares with this pointer, so the search goes on there.
        NavigableMap<String, Origin> sorted = (NavigableMap<String, Origin>) origins;
        String bound = pointer;
        while (true) {
            Map.Entry<String, Origin> candidate = sorted.floorEntry(bound);
            if (candidate == null) {
                return Origin.schema();
            }
            String marked = candidate.getKey();
            if (isAncestorOrSelf(marked, pointer)) {
                return candidate.getValue();
            }
            // Shorter each time: a bound that is itself marked (but not an ancestor) is left out too.
            bound = bound.substring(0, Math.min(sharedPrefixLength(marked, bound), bound.length() - 1));
        }
    }

    private static boolean isAncestorOrSelf(String marked, String pointer) {
        return pointer.startsWith(marked)
                && (pointer.length() == marked.length() || pointer.charAt(marked.length()) == '/');
    }

    private static int sharedPrefixLength(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    public boolean isObjectForm(String pointer) {
        return objectForms.contains(Objects.requireNonNull(pointer, "pointer"));
    }
}
