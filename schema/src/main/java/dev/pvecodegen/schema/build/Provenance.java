package dev.pvecodegen.schema.build;

import dev.pvecodegen.schema.model.Origin;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        origins = Map.copyOf(origins);
        objectForms = Set.copyOf(objectForms);
        declared = Set.copyOf(declared);
    }

    /** A tree exactly as the schema declares it. */
    public static Provenance none() {
        return NONE;
    }

    /** The origin of the schema node at {@code pointer}: the nearest marked subtree it lies in, else the schema. */
    public Origin originOf(String pointer) {
        if (origins.isEmpty()) {
            return Origin.schema();
        }
        String at = pointer;
        while (true) {
            Origin origin = origins.get(at);
            if (origin != null) {
                return origin;
            }
            int slash = at.lastIndexOf('/');
            if (slash < 0) {
                return Origin.schema();
            }
            at = at.substring(0, slash);
        }
    }

    public boolean isObjectForm(String pointer) {
        return objectForms.contains(Objects.requireNonNull(pointer, "pointer"));
    }
}
