package dev.pvecodegen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Locale;

/**
 * Booleans as the different server backends write them: JSON {@code true}/{@code false} (Rust), {@code 0}/{@code 1}
 * and {@code "0"}/{@code "1"} (Perl), the Perl empty string {@code ""} for false, and the property-string words
 * {@code on/off/yes/no}.
 */
final class LenientBooleanDeserializer extends StdScalarDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    private final boolean primitive;

    LenientBooleanDeserializer(Class<?> type, boolean primitive) {
        super(type);
        this.primitive = primitive;
    }

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> parser.getLongValue() != 0;
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue() != 0;
            case VALUE_STRING -> fromText(parser, context);
            default -> (Boolean) context.handleUnexpectedToken(handledType(), parser);
        };
    }

    private Boolean fromText(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getText().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "true", "on", "yes" -> Boolean.TRUE;
            case "", "0", "false", "off", "no" -> Boolean.FALSE;
            default ->
                (Boolean) context.handleWeirdStringValue(
                        handledType(),
                        parser.getText(),
                        "not a boolean (expected true, false, 1, 0 or the empty string)");
        };
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) {
        return primitive ? Boolean.FALSE : null;
    }
}
