package dev.pvecodegen.schema.model;

import java.util.Objects;

/** One segment of a resource path: a literal such as {@code qemu} or a variable such as {@code {vmid}}. */
public sealed interface PathSegment {

    /** The segment as written in the path ({@code qemu}, {@code {vmid}}). */
    String text();

    record Literal(String value) implements PathSegment {
        public Literal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String text() {
            return value;
        }
    }

    record Variable(String name) implements PathSegment {
        public Variable {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String text() {
            return "{" + name + "}";
        }
    }
}
