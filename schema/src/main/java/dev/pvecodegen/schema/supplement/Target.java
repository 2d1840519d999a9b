package dev.pvecodegen.schema.supplement;

import dev.pvecodegen.schema.model.HttpMethod;
import java.util.Objects;

/** What a supplement entry applies to: a place in one operation's schema, or a named property-string format. */
public sealed interface Target {

    /** {@code GET /nodes returns /items}, {@code format prune-backups}: how reports name the target. */
    String describe();

    /** Which schema of an operation a pointer starts from. */
    enum Part {
        RETURNS("returns"),
        PARAMETERS("parameters");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        /** The member of the apidoc operation: {@code returns} or {@code parameters}. */
        public String key() {
            return key;
        }
    }

    /**
     * A schema node of one operation.
     *
     * @param method the HTTP method
     * @param path the path template as the schema spells it ({@code /nodes/{node}/qemu})
     * @param part {@code returns} or {@code parameters}
     * @param pointer JSON pointer from that schema ({@code ""} for itself, {@code /items}, {@code /properties/x})
     */
    record Operation(HttpMethod method, String path, Part part, String pointer) implements Target {
        public Operation {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(pointer, "pointer");
        }

        @Override
        public String describe() {
            return method + " " + path + " " + part.key() + (pointer.isEmpty() ? "" : " " + pointer);
        }
    }

    /**
     * Every use of a property-string format the schema names without describing ({@code prune-backups},
     * {@code pve-qm-boot}).
     */
    record Format(String name) implements Target {
        public Format {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return "format " + name;
        }
    }
}
