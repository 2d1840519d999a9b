package dev.pvecodegen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of input files (the schema, the generator's jars), reusing the digest recorded by the previous run when a
 * file's size and modification time are unchanged. Hashing the 1.4 MB PVE schema in a freshly started build JVM
 * costs far more than the rest of an up-to-date check; a {@code stat} costs nothing.
 */
final class FileDigests {

    /**
     * A file's digest with the attributes it was taken at.
     *
     * @param sha256 lower-case hex SHA-256 of the content
     * @param size the size in bytes
     * @param modifiedMicros the modification time, microseconds since the epoch
     */
    record Entry(String sha256, long size, long modifiedMicros) {
        Entry {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    private final Map<String, Entry> previous;
    private final SortedMap<String, Entry> used = new TreeMap<>();

    /** @param previous digests recorded by the last successful run, by absolute path */
    FileDigests(Map<String, Entry> previous) {
        this.previous = Map.copyOf(previous);
    }

    /** The SHA-256 of {@code file}, taken again only when its size or modification time changed. */
    String sha256(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS);
        String key = absolute.toString();
        Entry known = previous.get(key);
        Entry entry = known != null && known.size() == size && known.modifiedMicros() == modified
                ? known
                : new Entry(hash(absolute), size, modified);
        used.put(key, entry);
        return entry.sha256();
    }

    /** The digests this run relied on, to record for the next one. */
    SortedMap<String, Entry> used() {
        return Collections.unmodifiableSortedMap(used);
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
