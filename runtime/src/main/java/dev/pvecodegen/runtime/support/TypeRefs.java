package dev.pvecodegen.runtime.support;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Type references for generic response types without one anonymous class per call site (which would add a
 * class file for every operation of the generated client).
 */
public final class TypeRefs {

    private TypeRefs() {}

    /** {@code List<element>}. */
    public static <T> TypeReference<List<T>> listOf(Class<T> element) {
        return new Ref<>(new Parameterized(List.class, element));
    }

    /** {@code Map<String, value>}. */
    public static <T> TypeReference<Map<String, T>> mapOf(Class<T> value) {
        return new Ref<>(new Parameterized(Map.class, String.class, value));
    }

    private static final class Ref<T> extends TypeReference<T> {
        private final Type type;

        Ref(Type type) {
            this.type = type;
        }

        @Override
        public Type getType() {
            return type;
        }
    }

    /** A class, not a record: a record would compare its array component by identity. */
    private static final class Parameterized implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] arguments;

        Parameterized(Class<?> raw, Type... arguments) {
            this.raw = raw;
            this.arguments = arguments;
        }

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType p
                    && p.getOwnerType() == null
                    && raw.equals(p.getRawType())
                    && Arrays.equals(arguments, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            return raw.getName() + "<"
                    + String.join(
                            ", ",
                            Arrays.stream(arguments).map(Type::getTypeName).toList()) + ">";
        }
    }
}
