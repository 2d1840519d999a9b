package dev.pvecodegen.generator;

import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written fixture schemas under {@code src/test/resources/fixtures}. */
public final class Fixtures {

    private Fixtures() {}

    /** The fixture {@code name}, for tests outside this package. */
    public static ApiModel model(String name) {
        return load(name);
    }

    static ApiModel load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return SchemaLoader.fromBytes(in.readAllBytes(), name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
