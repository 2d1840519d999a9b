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
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Identifies the code that turns a schema into sources: the plugin version plus a digest of the jars (or class
 * directories) holding the given classes. The version alone is not enough: a {@code -SNAPSHOT} generator changes
 * without changing its version, and a stale up-to-date answer would hide that change.
 */
final class GeneratorFingerprint {

    private GeneratorFingerprint() {}

    /**
     * @param generatorClasses classes whose jars (or class directories) are digested
     * @param digests where jar digests come from (reused while a jar is unchanged)
     */
    static String of(List<Class<?>> generatorClasses, FileDigests digests) {
        StringBuilder fingerprint = new StringBuilder(pluginVersion());
        List<Path> locations = generatorClasses.stream()
                .map(GeneratorFingerprint::codeLocation)
                .distinct()
                .sorted()
                .toList();
        for (Path location : locations) {
            try {
                fingerprint
                        .append(' ')
                        .append(Files.isDirectory(location) ? digestDirectory(location) : digests.sha256(location));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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

    /**
     * A class directory (IDE, or a reactor build that has not packaged the module): relative names and contents,
     * in sorted order, every time: a directory's own timestamp says nothing about the files inside.
     */
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
        return HexFormat.of().formatHex(digest.digest());
    }
}
