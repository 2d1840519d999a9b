package dev.pvecodegen.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the generator wrote into an output directory: the SHA-256 of every file, kept in the marker file
 * {@link OutputWriter#MARKER} in {@code sha256sum} format. A later run replaces the directory only when every file
 * in it is listed here unchanged; anything else is somebody's work and is not deleted.
 *
 * @param files relative path ({@code /}-separated) to the hex SHA-256 of its content
 */
record OutputManifest(Map<String, String> files) {
    /** The marker's first line; a marker without it was not written by this generator. */
    static final String HEADER = "# Written by pvecodegen generate; the directory is replaced on every run.";

    OutputManifest {
        files = new TreeMap<>(files);
    }

    static OutputManifest of(GeneratedSources sources) {
        Map<String, String> files = new TreeMap<>();
        for (GeneratedFile file : sources.files()) {
            files.put(file.relativePath(), sha256(file.content().getBytes(StandardCharsets.UTF_8)));
        }
        return new OutputManifest(files);
    }

    /** The marker file's text: header, explanation, then one {@code <sha256>  <path>} line per file. */
    String render() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("# Only the files listed below are the generator's; with any other file present, or a listed\n")
                .append("# file changed, generate refuses to replace the directory. Do not edit them.\n");
        files.forEach((path, sha) -> text.append(sha).append("  ").append(path).append('\n'));
        return text.toString();
    }

    /** The manifest in {@code marker}, or empty when the file is missing or was not written by the generator. */
    static Optional<OutputManifest> read(Path marker) throws IOException {
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        Map<String, String> files = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            if (gap != 64) {
                return Optional.empty(); // edited by hand: trust nothing in it
            }
            files.put(line.substring(gap + 2), line.substring(0, gap));
        }
        return Optional.of(new OutputManifest(files));
    }

    /**
     * The files under {@code dir} this manifest does not vouch for: not listed, or changed since they were
     * written. The marker itself and directories are not listed; symbolic links are never followed.
     */
    List<String> foreignFiles(Path dir) throws IOException {
        List<String> foreign = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String relative = relative(dir, path);
            if (relative.equals(OutputWriter.MARKER)) {
                continue;
            }
            String expected = files.get(relative);
            if (expected == null || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                foreign.add(relative + " (not written by pvecodegen)");
            } else if (!expected.equals(sha256(path))) {
                foreign.add(relative + " (changed since it was generated)");
            }
        }
        return foreign;
    }

    static String relative(Path dir, Path path) {
        return dir.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
