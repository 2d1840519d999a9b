package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.math.BigDecimal;

/**
 * Lenient scalar conversions for values read from a server: numbers from strings, booleans from
 * {@code 0/1/"0"/"1"/""/true/false/yes/no/on/off}. Each throws {@link IllegalArgumentException} when the value
 * cannot be read as the type; callers keep the raw value then.
 */
public final class Lenient {

    private Lenient() {}

    public static String toText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("expected a scalar, got " + describe(value));
    }

    public static Long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return decimal(value).longValueExact();
    }

    public static Integer toInteger(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        return Math.toIntExact(toLong(value));
    }

    public static Double toDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return decimal(value).doubleValue();
    }

    public static Boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty() && PropertyStrings.parseBoolean(s.trim());
        }
        throw new IllegalArgumentException("expected a boolean, got " + describe(value));
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a number, got \"" + value + "\"", e);
            }
        }
        throw new IllegalArgumentException("expected a number, got " + describe(value));
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
