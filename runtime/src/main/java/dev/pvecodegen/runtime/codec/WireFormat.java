package dev.pvecodegen.runtime.codec;

import dev.pvecodegen.runtime.WireValue;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Text form of a single parameter value as the server's form and query parsers expect it. */
public final class WireFormat {
    private WireFormat() {}

    /** Booleans travel as {@code 1}/{@code 0}: the server's form check rejects {@code true}/{@code false}. */
    public static String bool(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * One scalar: {@link WireValue} gives its wire value, {@link Boolean} 1/0, an {@link Optional} its content,
     * other values their {@code toString()}. Collections and maps are not scalars and are refused.
     *
     * @return the text, or {@code null} for {@code null} or an empty Optional
     */
    public static String scalar(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return scalar(optional.orElse(null));
        }
        if (value instanceof WireValue wire) {
            return wire.wireValue();
        }
        if (value instanceof Boolean flag) {
            return bool(flag);
        }
        if (value instanceof Collection<?>
                || value instanceof Map<?, ?>
                || value.getClass().isArray()) {
            throw new IllegalArgumentException(
                    "expected a single value but got " + value.getClass().getSimpleName());
        }
        return value.toString();
    }
}
