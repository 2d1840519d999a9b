package dev.pvecodegen.generator.bind;

import java.util.Objects;
import java.util.Optional;

/**
 * One use of a named type, as the binder meets it: where, inside which class, under which property.
 *
 * @param site where
 * @param owner the identity of the enclosing class ({@link Identities}); empty for an operation's answer
 * @param property the wire name of the property or key that holds the type; empty for an answer
 * @param inList the property holds a list of them
 */
record Use(Site site, Optional<String> owner, Optional<String> property, boolean inList) {
    Use {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(property, "property");
    }

    static Use answer(Site site) {
        return new Use(site, Optional.empty(), Optional.empty(), false);
    }

    static Use field(Site site, String owner, String property) {
        return new Use(site, Optional.of(owner), Optional.of(property), false);
    }

    /** The same use, one level down into list items ({@code []}) or map values ({@code {}}). */
    Use within(Site inner) {
        return new Use(inner, owner, property, true);
    }
}
