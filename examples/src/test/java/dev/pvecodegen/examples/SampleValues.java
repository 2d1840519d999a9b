package dev.pvecodegen.examples;

import dev.pvecodegen.runtime.support.EnumValue;
import dev.pvecodegen.runtime.support.PropertyStringValue;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;

/** Turns a sample wire value into the Java type a generated builder method takes. */
final class SampleValues {
    private SampleValues() {}

    static Object convert(String wire, Class<?> type) throws ReflectiveOperationException {
        if (type == String.class) {
            return wire;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(wire);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(wire);
        }
        if (type == double.class || type == Double.class) {
            return Double.valueOf(wire);
        }
        if (type == boolean.class || type == Boolean.class) {
            return wire.equals("1");
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of(wire);
        }
        if (EnumValue.class.isAssignableFrom(type)) {
            return staticFactory(type, "of").invoke(null, wire);
        }
        if (PropertyStringValue.class.isAssignableFrom(type)) {
            return staticFactory(type, "parse").invoke(null, wire);
        }
        throw new IllegalArgumentException("no sample conversion to " + type.getName());
    }

    /** A name without separators, in lower case: {@code config-keys} and {@code configKeys} both give configkeys. */
    static String normalized(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static Method staticFactory(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name, String.class);
    }
}
