package dev.pvecodegen.schema;

import dev.pvecodegen.schema.model.ApiModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the small hand-written fixture schemas of src/test/resources/fixtures. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiModel model(String name) {
        try {
            return SchemaLoader.fromBytes(bytes(name), name);
        } catch (SchemaException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
