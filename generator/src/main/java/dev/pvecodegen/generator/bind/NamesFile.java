package dev.pvecodegen.generator.bind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.schema.model.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the {@code names} section of a supplement file: {@code {"format": "pvecodegen-supplement/1", "product":
 * "pve", "description": …, "entries": […], "names": [{"target": …, "name": …, "reason": …}]}}.
 *
 * <p><b>Interim stand-in:</b> the supplement reader of {@code dev.pvecodegen.schema.supplement} will expose the
 * same entries as {@code Supplement.names()}; once it exists this class is replaced by it. Only the
 * {@code format}, {@code product} and {@code names} members are read here; {@code entries} belong to that
 * reader.
 */
public final class NamesFile {
    static final String FORMAT = "pvecodegen-supplement/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NamesFile() {}

    /**
     * Reads the names of a supplement file for a model of {@code dialect}.
     *
     * @throws NameOverrideException when the file is not a supplement of that product, or an entry is malformed
     */
    public static List<NameOverride> read(Path file, Dialect dialect) {
        try {
            return parse(Files.readString(file), file.getFileName().toString(), dialect);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The names shipped with the generator for a product ({@code pve.names.json}); empty when there are none. */
    public static List<NameOverride> shipped(Dialect dialect) {
        String resource = dialect.name().toLowerCase(Locale.ROOT) + ".names.json";
        try (InputStream in = NamesFile.class.getResourceAsStream("/dev/pvecodegen/generator/" + resource)) {
            if (in == null) {
                return List.of();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, dialect);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + resource, e);
        }
    }

    static List<NameOverride> parse(String text, String source, Dialect dialect) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NameOverrideException(List.of(source + ": not JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new NameOverrideException(List.of(source + ": a supplement file is a JSON object"));
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            problems.add(source + "#/format: expected \"" + FORMAT + "\"");
        }
        String product = dialect.name().toLowerCase(Locale.ROOT);
        if (!product.equals(root.path("product").asText(null))) {
            problems.add(
                    source + "#/product: expected \"" + product + "\" for this schema, found " + root.path("product"));
        }
        List<NameOverride> names = new ArrayList<>();
        JsonNode entries = root.path("names");
        if (!entries.isMissingNode() && !entries.isArray()) {
            problems.add(source + "#/names: must be an array");
        }
        for (int i = 0; entries.isArray() && i < entries.size(); i++) {
            String pointer = source + "#/names/" + i;
            JsonNode entry = entries.get(i);
            Optional<String> target = text(entry, "target");
            Optional<String> name = text(entry, "name");
            if (target.isEmpty() || name.isEmpty()) {
                problems.add(pointer + ": needs a \"target\" and a \"name\"");
                continue;
            }
            names.add(new NameOverride(
                    target.get(), name.get(), text(entry, "reason").orElse(""), pointer));
        }
        if (!problems.isEmpty()) {
            throw new NameOverrideException(problems);
        }
        return List.copyOf(names);
    }

    private static Optional<String> text(JsonNode entry, String member) {
        JsonNode value = entry.path(member);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }
}
