package dev.pvecodegen.schema.supplement;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fixture schemas and supplements of src/test/resources, loaded together. */
final class SupplementFixtures {

    private SupplementFixtures() {}

    static byte[] resource(String path) {
        try (InputStream in = SupplementFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a supplement resource into {@code dir} (the loader reads supplements from files). */
    static Path file(Path dir, String resource) {
        return write(
                dir,
                resource.substring(resource.lastIndexOf('/') + 1),
                new String(resource(resource), StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String json) {
        try {
            return Files.writeString(dir.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture schema with only the given supplement files (not the shipped one), inference on. */
    static ApiModel model(String fixture, Path... supplements) throws SchemaException {
        LoadOptions options = LoadOptions.defaults().withSupplements(LoadOptions.SupplementSelection.none());
        for (Path supplement : supplements) {
            options = options.withSupplement(supplement);
        }
        return SchemaLoader.fromBytes(resource("/fixtures/" + fixture), fixture, options);
    }
}
