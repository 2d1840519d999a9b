package dev.pvecodegen.generator.bind;

import java.util.Objects;

/**
 * A Java type of the generated client as the binder decided it. The emitters turn it into JavaPoet types; the
 * text form ({@link #text()}) is what type lists and the schema diff show.
 */
public sealed interface JavaType {

    /** {@code List<ClusterResource>}, {@code SortedMap<Integer, QemuNet>}. */
    String text();

    /** Scalars, boxed in fields and unboxed in builder setters. */
    enum Scalar implements JavaType {
        STRING("String"),
        INTEGER("Integer"),
        LONG("Long"),
        DOUBLE("Double"),
        BOOLEAN("Boolean");

        private final String text;

        Scalar(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }

    /** Types of the runtime or of Jackson rather than of the generated model. */
    enum Special implements JavaType {
        /** Jackson's {@code JsonNode}: what the schema leaves open. */
        JSON("JsonNode"),
        /** A task handle. */
        TASK("Task"),
        /** A task handle the server may leave out. */
        OPTIONAL_TASK("Optional<Task>"),
        /** Nothing. */
        VOID("void");

        private final String text;

        Special(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }

    /** What kind of generated class a {@link Named} type is. */
    enum Kind {
        REQUEST,
        OBJECT,
        ENUM,
        VALUE
    }

    /**
     * A generated class of the model package.
     *
     * @param name the simple name, or {@code Outer.Inner} for a class nested in another
     * @param kind what kind of class it is
     */
    record Named(String name, Kind kind) implements JavaType {
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** {@code List<T>}. */
    record ListOf(JavaType element) implements JavaType {
        public ListOf {
            Objects.requireNonNull(element, "element");
        }

        @Override
        public String text() {
            return "List<" + element.text() + ">";
        }
    }

    /** {@code Map<String, T>}. */
    record MapOf(JavaType value) implements JavaType {
        public MapOf {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return "Map<String, " + value.text() + ">";
        }
    }

    /** True for {@code List<…>} and {@code Map<…>}, which are never null and never nested. */
    default boolean isCollection() {
        return this instanceof ListOf || this instanceof MapOf;
    }
}
