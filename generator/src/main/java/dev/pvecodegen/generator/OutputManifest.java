package dev.pvecodegen.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        }
        // Reading and hashing the previous output is nearly all of the check: both cores share it, in walk order.
        return ParallelFiles.map(paths, path -> problem(dir, path)).stream()
                .flatMap(Optional::stream)
                .toList();
    }

    /** Why {@code path} is not vouched for, if it is not. */
    private Optional<String> problem(Path dir, Path path) throws IOException {
        String relative = relative(dir, path);
        if (relative.equals(OutputWriter.MARKER)) {
            return Optional.empty();
        }
        String expected = files.get(relative);
        if (expected == null || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(relative + " (not written by pvecodegen)");
        }
        return expected.equals(sha256(path))
                ? Optional.empty()
                : Optional.of(relative + " (changed since it was generated)");
    }

    static String relative(Path dir, Path path) {
        return dir.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    /** The hex SHA-256 of a file's content, as the manifest lists it. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
