package dev.pvecodegen.schema.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an {@code apidoc.js} or JSON file into a JSON tree, within fixed limits so that hostile or
 * broken input fails fast with a clear message instead of exhausting the stack or the heap.
 */
public final class SchemaReader {

    /** Real schemas are 0.7–3 MB; anything beyond this is not an apidoc. */
    public static final int MAX_INPUT_BYTES = 64 * 1024 * 1024;
    /** Real schemas nest at most 25 levels; the limit also bounds every recursive walk that follows. */
    public static final int MAX_NESTING_DEPTH = 128;
    /** The longest real string is under 4 KB (a description). */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /**
     * pve-9.2 has about 117 000 tokens; the cap keeps the tree of a hostile but small file (millions of
     * {@code {}}) within a bounded heap.
     */
    public static final long MAX_TOKENS = 2_000_000;

    /** Parses every input; trees are built by {@link TreeReader}, without an {@code ObjectMapper}. */
    private static final JsonFactory FACTORY = limitedFactory();

    private SchemaReader() {}

    private static JsonFactory limitedFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(100)
                        .maxNameLength(MAX_STRING_LENGTH)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Locations give line and column only: never echo (possibly huge or hostile) input into messages.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Created on first use only: the schemas and supplements are read without it, and only the meta-schema pass
     * (not run for pinned schemas) asks for it. It has its own factory because a mapper claims its factory's codec.
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper(limitedFactory());
    }

    /** A mapper configured with the limits above, for the meta-schema pass. */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /**
     * Parses plain JSON, or extracts and parses the {@code apiSchema} array of a {@code .js} file.
     *
     * @param displayName names the input in problems
     */
    public static JsonNode read(byte[] bytes, String displayName) throws SchemaException {
        checkSize(bytes, displayName);
        if (startsLikeJson(bytes)) {
            return parse(bytes, displayName, "the input");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Optional<String> array;
        try {
            array = JsExtractor.extract(text);
        } catch (IllegalArgumentException e) {
            throw new SchemaException(displayName, SchemaProblem.global("not a readable apidoc.js: " + e.getMessage()));
        }
        if (array.isEmpty()) {
            throw new SchemaException(
                    displayName,
                    SchemaProblem.global(
                            "neither JSON nor an apidoc.js: no JSON array and no 'apiSchema = [' assignment found"));
        }
        return parse(array.get(), displayName, "the apiSchema array of the .js file");
    }

    /** Parses a plain JSON document (a supplement file) within the same limits. */
    public static JsonNode readJson(byte[] bytes, String displayName) throws SchemaException {
        checkSize(bytes, displayName);
        return parse(bytes, displayName, "the input");
    }

    private static void checkSize(byte[] bytes, String displayName) throws SchemaException {
        if (bytes.length > MAX_INPUT_BYTES) {
            throw new SchemaException(
                    displayName,
                    SchemaProblem.global("input is " + bytes.length + " bytes, more than the limit of "
                            + MAX_INPUT_BYTES + " bytes for an apidoc schema"));
        }
        if (bytes.length == 0) {
            throw new SchemaException(displayName, SchemaProblem.global("input is empty"));
        }
    }

    /** JSON input is parsed from the bytes directly; only {@code .js} input is decoded to text first. */
    private static boolean startsLikeJson(byte[] bytes) {
        int i = bomLength(bytes);
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return i < bytes.length && (bytes[i] == '[' || bytes[i] == '{');
    }

    /** A UTF-8 byte-order mark, which some editors add, is skipped. */
    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3
                : 0;
    }

    private static JsonNode parse(byte[] json, String displayName, String what) throws SchemaException {
        int start = bomLength(json);
        try (JsonParser parser = FACTORY.createParser(json, start, json.length - start)) {
            return readSingleValue(parser, displayName, what);
        } catch (IOException e) {
            throw failure(e, displayName, what);
        }
    }

    private static JsonNode parse(String json, String displayName, String what) throws SchemaException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return readSingleValue(parser, displayName, what);
        } catch (IOException e) {
            throw failure(e, displayName, what);
        }
    }

    private static JsonNode readSingleValue(JsonParser parser, String displayName, String what)
            throws IOException, SchemaException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new SchemaException(displayName, SchemaProblem.global(what + " is empty"));
        }
        JsonNode tree = TreeReader.value(parser, first);
        if (parser.nextToken() != null) {
            throw new SchemaException(
                    displayName,
                    SchemaProblem.global(what + " has trailing content after the first value at " + location(parser)));
        }
        return tree;
    }

    private static SchemaException failure(IOException e, String displayName, String what) {
        if (e instanceof JsonProcessingException json) {
            return new SchemaException(
                    displayName,
                    SchemaProblem.global(what + " is not valid JSON: "
                            + json.getOriginalMessage()
                            + (json.getLocation() != null
                                    ? " (line " + json.getLocation().getLineNr() + ", column "
                                            + json.getLocation().getColumnNr() + ")"
                                    : "")));
        }
        return new SchemaException(displayName, SchemaProblem.global("cannot read " + what + ": " + e));
    }

    private static String location(JsonParser parser) {
        var loc = parser.currentLocation();
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
