package dev.pvecodegen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes booleans as {@code 1}/{@code 0}, the form Perl handlers produce and every server version accepts; use with
 * {@code @JsonSerialize(using = NumericBooleanSerializer.class)} where a value goes back to the server as JSON.
 */
public final class NumericBooleanSerializer extends StdSerializer<Boolean> {
    private static final long serialVersionUID = 1L;

    public NumericBooleanSerializer() {
        super(Boolean.class);
    }

    @Override
    public void serialize(Boolean value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(Boolean.TRUE.equals(value) ? 1 : 0);
    }
}
