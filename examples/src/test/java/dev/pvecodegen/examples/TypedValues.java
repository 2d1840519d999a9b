package dev.pvecodegen.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.support.EnumValue;
import dev.pvecodegen.runtime.support.PropertyStringValue;
import dev.pvecodegen.runtime.support.ResponseObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a typed answer completely: every accessor of every generated response object and property string, down
 * the whole value, so that a conversion the accessors do lazily (numbers from strings, property strings parsed,
 * booleans from 0/1) is exercised too. Counts the values read.
 */
final class TypedValues {
    private static final int MAX_DEPTH = 12;

    private int valuesRead;

    int valuesRead() {
        return valuesRead;
    }

    /**
     * Reads {@code value} to its leaves.
     *
     * @throws IllegalStateException naming the accessor path that failed
     */
    void readFully(Object value, String where) {
        read(value, where, 0);
    }

    private void read(Object value, String where, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        valuesRead++;
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> read(v, where, depth + 1));
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                read(item, where + "[" + index++ + "]", depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> read(item, where + "[" + key + "]", depth + 1));
        } else if (value instanceof ResponseObject || value instanceof PropertyStringValue) {
            readAccessors(value, where, depth);
        } else if (value instanceof EnumValue enumValue) {
            enumValue.wireValue();
        } else if (!(value instanceof JsonNode
                || value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean)) {
            throw new IllegalStateException(
                    where + ": unexpected value type " + value.getClass().getName());
        }
    }

    private void readAccessors(Object object, String where, int depth) {
        Method[] accessors = Arrays.stream(object.getClass().getMethods())
                .filter(m -> m.getDeclaringClass() == object.getClass() && m.getParameterCount() == 0)
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class)
                .filter(m -> !m.getName().equals("toBuilder") && !m.getName().equals("wireValue"))
                .sorted(Comparator.comparing(Method::getName))
                .toArray(Method[]::new);
        for (Method accessor : accessors) {
            String path = where + "." + accessor.getName() + "()";
            Object result;
            try {
                result = accessor.invoke(object);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(path + " failed: " + e.getCause(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(path + " is not accessible", e);
            }
            read(result, path, depth + 1);
        }
        if (object instanceof PropertyStringValue propertyString) {
            propertyString.wireValue();
        }
    }
}
