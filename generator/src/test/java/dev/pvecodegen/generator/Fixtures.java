package dev.pvecodegen.generator;

import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written fixture schemas under {@code src/test/resources/fixtures}, and the pinned real schemas. */
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

    /** A pinned real schema ({@code pve-9.2}) from {@code ../shared/apidoc}. */
    static ApiModel pinned(String schema) {
        try {
            return SchemaLoader.load(
                    PinnedSchemas.resolve(PinnedSchemas.find(schema).orElseThrow()));
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Copies the fixture {@code name} to {@code dir}, for the command line tests; returns the copy. */
    public static Path copy(String name, Path dir) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            return Files.write(dir.resolve(name + ".json"), in.readAllBytes());
        }
    }
}
