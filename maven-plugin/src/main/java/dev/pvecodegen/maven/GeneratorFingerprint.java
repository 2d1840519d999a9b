package dev.pvecodegen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Identifies the code that turns a schema into sources: the plugin version plus a digest of the jars (or class
 * directories) holding the given classes. The version alone is not enough: a {@code -SNAPSHOT} generator changes
 * without changing its version, and a stale up-to-date answer would hide that change.
 */
final class GeneratorFingerprint {

    /** Digests by location, size and modification time, so a multi-module build hashes each jar once. */
    private static final Map<String, String> DIGESTS = new ConcurrentHashMap<>();

    private GeneratorFingerprint() {
    }

    static String of(List<Class<?>> generatorClasses) {
        StringBuilder fingerprint = new StringBuilder(pluginVersion());
        generatorClasses.stream()
                .map(GeneratorFingerprint::codeLocation)
                .distinct()
                .sorted()
                .forEach(location -> fingerprint.append(' ').append(digestOf(location)));
        return fingerprint.toString();
    }

    static String pluginVersion() {
        Properties properties = new Properties();
        try (InputStream in = GeneratorFingerprint.class.getResourceAsStream("plugin-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static Path codeLocation(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot locate the code of " + type.getName());
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the code of " + type.getName(), e);
        }
    }

    private static String digestOf(Path location) {
        if (Files.isDirectory(location)) {
            return digestDirectory(location); // a directory's own timestamp says nothing about the files inside
        }
        try {
            String key = location + "|" + Files.size(location) + "|" + Files.getLastModifiedTime(location).toMillis();
            return DIGESTS.computeIfAbsent(key, k -> digestFile(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digestFile(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class directory (IDE or reactor without packaging): relative names and contents, in sorted order. */
    private static String digestDirectory(Path directory) {
        MessageDigest digest = Sha256.newDigest();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
