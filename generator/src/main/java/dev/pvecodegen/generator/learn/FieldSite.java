package dev.pvecodegen.generator.learn;

import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Property;
import java.util.Objects;
import java.util.Optional;

/**
 * A place of an operation's answer that recorded answers filled with something the model did not type.
 *
 * @param operation the operation
 * @param pointer the supplement pointer of the object holding the field, from the operation's {@code returns}
 *     ({@code ""}, {@code /items}, {@code /properties/cpuinfo}); for {@link Kind#DATA_ON_VOID} always {@code ""}
 * @param name the field's name; empty for {@link Kind#DATA_ON_VOID}, which is about the whole answer
 * @param kind what the model lacks
 * @param declared the property the model declares, for {@link Kind#DRIFTED}
 */
public record FieldSite(Operation operation, String pointer, String name, Kind kind, Optional<Property> declared) {

    /** The three things {@code learn} proposes entries for. */
    public enum Kind {
        /** A field no declaration names (in a declared object, or in one the schema leaves open). */
        UNDECLARED,
        /** A declared field whose recorded values the declared type does not read. */
        DRIFTED,
        /** Data on an operation the schema says returns null. */
        DATA_ON_VOID
    }

    public FieldSite {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(declared, "declared");
    }

    /** {@code GET /nodes returns /items: maxdisk}: how reports name the site. */
    public String describe() {
        return operation.key() + " returns" + (pointer.isEmpty() ? "" : " " + pointer)
                + (name.isEmpty() ? "" : ": " + name);
    }
}
