package dev.pvecodegen.schema;

import dev.pvecodegen.schema.model.ApiModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the real schemas in ../shared/apidoc (never copied into the repository) and caches their models. */
final class SharedSchemas {

    private static final Map<String, ApiModel> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, ApiModel> DECLARED = new ConcurrentHashMap<>();

    private SharedSchemas() {}

    static Path directory() {
        String configured = System.getProperty(PinnedSchemas.TEST_DIR_PROPERTY);
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return PinnedSchemas.sharedApidocDirectory()
                .orElseThrow(() -> new IllegalStateException("shared/apidoc not found"));
    }

    static Path file(String name) {
        return directory().resolve(name + ".json");
    }

    static ApiModel model(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try {
                return SchemaLoader.load(file(n));
            } catch (SchemaException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
    }

    /** The model of what the schema itself declares: no supplement, no inference. */
    static ApiModel declared(String name) {
        return DECLARED.computeIfAbsent(name, n -> {
            try {
                return SchemaLoader.load(
                        SchemaRef.file(file(n)),
                        LoadOptions.defaults()
                                .withSupplements(LoadOptions.SupplementSelection.none())
                                .withInference(false));
            } catch (SchemaException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
    }
}
