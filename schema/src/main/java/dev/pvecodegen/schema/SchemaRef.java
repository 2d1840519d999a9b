package dev.pvecodegen.schema;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a schema is: a pinned name ({@code pve-9.2}), a file ({@code .js} or JSON), an {@code https://} URL or a
 * {@code classpath:} resource.
 *
 * @param kind which of the four
 * @param location the name, path, URL or resource name (without {@code classpath:})
 */
public record SchemaRef(Kind kind, String location) {

    public enum Kind {
        PINNED,
        FILE,
        URL,
        CLASSPATH
    }

    private static final String CLASSPATH_PREFIX = "classpath:";

    public SchemaRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        if (location.isBlank()) {
            throw new IllegalArgumentException("empty schema reference");
        }
    }

    /**
     * Interprets a user-given reference. An existing file wins over a pinned name of the same spelling;
     * {@code http://} is refused because a schema drives code generation and must not be tampered with in transit.
     */
    public static SchemaRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty schema reference");
        }
        if (trimmed.startsWith(CLASSPATH_PREFIX)) {
            String resource = trimmed.substring(CLASSPATH_PREFIX.length());
            return new SchemaRef(Kind.CLASSPATH, resource.startsWith("/") ? resource.substring(1) : resource);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            URI uri = URI.create(trimmed);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("URL without host: " + trimmed);
            }
            return new SchemaRef(Kind.URL, trimmed);
        }
        if (lower.startsWith("http://")) {
            throw new IllegalArgumentException("refusing plain http for " + trimmed + ": use https://");
        }
        if (PinnedSchemas.find(trimmed).isPresent() && !Files.exists(Path.of(trimmed))) {
            return new SchemaRef(Kind.PINNED, trimmed);
        }
        return new SchemaRef(Kind.FILE, trimmed);
    }

    public static SchemaRef file(Path path) {
        return new SchemaRef(Kind.FILE, path.toString());
    }

    @Override
    public String toString() {
        return kind == Kind.CLASSPATH ? CLASSPATH_PREFIX + location : location;
    }
}
