package dev.pvecodegen.generator.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.generator.coverage.Answer;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.read.SchemaReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The {@code basics} fixture schema as {@code learn} reads it: model and apidoc tree; answers written inline. */
final class Basics {
    static final ObjectMapper JSON = new ObjectMapper();

    private Basics() {}

    static byte[] bytes() {
        try (InputStream in = Basics.class.getResourceAsStream("/fixtures/basics.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiModel model(LoadOptions options) {
        try {
            return SchemaLoader.fromBytes(bytes(), "basics.json", options);
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static JsonNode tree() {
        try {
            return SchemaReader.read(bytes(), "basics.json");
        } catch (SchemaException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Answer answer(String method, String path, String data, String source, String version) {
        try {
            return new Answer(method, path, JSON.readTree(data), source, Optional.ofNullable(version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
