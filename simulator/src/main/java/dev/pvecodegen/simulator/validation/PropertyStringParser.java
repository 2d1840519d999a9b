package dev.pvecodegen.simulator.validation;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a property string the way {@code PVE::JSONSchema::parse_property_string} does: parts separated by
 * {@code ,}, each {@code key=value} or the bare value of the default key; aliases ({@code volume} for
 * {@code file}) and key aliases ({@code virtio=MAC} meaning {@code model=virtio,macaddr=MAC}) are resolved.
 * Values stay text; the caller types them.
 */
public final class PropertyStringParser {

    /** A property string the server would refuse before looking at the values. */
    public static final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    private PropertyStringParser() {}

    public static Map<String, String> parse(PropertyStringFormat format, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq > 0 && eq < part.length() - 1) {
                putKeyValue(format, values, part.substring(0, eq), part.substring(eq + 1));
            } else if (eq < 0) {
                String defaultKey = format.defaultKey()
                        .orElseThrow(() ->
                                new FormatException("value without key, but schema does not define a default key"));
                if (values.containsKey(defaultKey)) {
                    throw new FormatException("duplicate key in comma-separated list property: " + defaultKey);
                }
                values.put(defaultKey, part);
            } else {
                throw new FormatException("missing key in comma-separated list property");
            }
        }
        return values;
    }

    private static void putKeyValue(PropertyStringFormat format, Map<String, String> values, String key, String value) {
        if (values.containsKey(key)) {
            throw new FormatException("duplicate key in comma-separated list property: " + key);
        }
        Optional<PropertyStringFormat.KeyAlias> keyAlias = format.keyAliases().stream()
                .filter(alias -> alias.key().equals(key))
                .findFirst();
        if (keyAlias.isPresent()) {
            String keyTarget = keyAlias.get().keyTarget();
            if (values.containsKey(keyTarget)) {
                throw new FormatException("key alias '" + keyTarget + "' is already defined");
            }
            values.put(keyTarget, key);
            values.put(keyAlias.get().valueTarget(), value);
            return;
        }
        String target = format.aliases().stream()
                .filter(alias -> alias.alias().equals(key))
                .map(PropertyStringFormat.Alias::target)
                .findFirst()
                .orElse(key);
        if (format.key(target).isEmpty()) {
            throw new FormatException("invalid key in comma-separated list property: " + target);
        }
        values.put(target, value);
    }

    /** True when the sub-key is a boolean, which property strings accept as 1|on|yes|true / 0|off|no|false. */
    static boolean isBoolean(PropertyStringFormat format, String key) {
        return format.key(key)
                .map(Property::type)
                .filter(ApiType.BooleanType.class::isInstance)
                .isPresent();
    }
}
