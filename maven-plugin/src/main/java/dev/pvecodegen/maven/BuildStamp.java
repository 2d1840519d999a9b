package dev.pvecodegen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one execution of the goal produced last time: the digest of everything its output depends on, and the files
 * it wrote. Stored as {@code target/pvecodegen/<executionId>.sha256}, written only after a successful generation, so a
 * failed or interrupted run never looks up to date.
 *
 * <p>The file list lets the next run remove its own orphans without touching files of other executions that share
 * the output directory.
 *
 * @param digest lower-case hex SHA-256 of the inputs (see {@link StampInputs#digest()})
 * @param files the generated files, relative to the output directory, with {@code /} separators, sorted
 * @param operations how many operations the files hold, for the summary line of an up-to-date run
 * @param inputDigests the input files' digests this run took, by absolute path (see {@link FileDigests})
 * @param outputDirectory the absolute directory the files were written to (empty in a stamp of an older format)
 */
record BuildStamp(
        String digest,
        List<String> files,
        long operations,
        SortedMap<String, FileDigests.Entry> inputDigests,
        String outputDirectory) {

    private static final String HEADER = "# pvecodegen build stamp: inputs digest, files generated, input file digests";
    private static final String DIGEST_PREFIX = "sha256 ";
    private static final String FILE_PREFIX = "file ";
    private static final String OPERATIONS_PREFIX = "operations ";
    private static final String INPUT_PREFIX = "input ";
    private static final String OUTPUT_PREFIX = "output ";

    BuildStamp {
        Objects.requireNonNull(digest, "digest");
        files = files.stream().sorted().toList();
        inputDigests = Collections.unmodifiableSortedMap(new TreeMap<>(inputDigests));
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /** Reads a stamp; empty when there is none or it is unreadable (then the next run simply regenerates). */
    static Optional<BuildStamp> read(Path stampFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        String digest = null;
        List<String> files = new ArrayList<>();
        long operations = 0;
        SortedMap<String, FileDigests.Entry> inputs = new TreeMap<>();
        String output = "";
        for (String line : lines) {
            if (line.startsWith(DIGEST_PREFIX)) {
                digest = line.substring(DIGEST_PREFIX.length());
            } else if (line.startsWith(OUTPUT_PREFIX)) {
                output = line.substring(OUTPUT_PREFIX.length());
            } else if (line.startsWith(FILE_PREFIX)) {
                files.add(line.substring(FILE_PREFIX.length()));
            } else if (line.startsWith(OPERATIONS_PREFIX)) {
                try {
                    operations = Long.parseLong(line.substring(OPERATIONS_PREFIX.length()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else if (line.startsWith(INPUT_PREFIX)) {
                // input <sha256> <size> <modified µs> <absolute path, may contain spaces>
                String[] fields = line.substring(INPUT_PREFIX.length()).split(" ", 4);
                if (fields.length == 4) {
                    try {
                        inputs.put(
                                fields[3],
                                new FileDigests.Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2])));
                    } catch (NumberFormatException e) {
                        // an unreadable entry only means that file is hashed again
                    }
                }
            }
        }
        return digest == null
                ? Optional.empty()
                : Optional.of(new BuildStamp(digest, files, operations, inputs, output));
    }

    void write(Path stampFile) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append(DIGEST_PREFIX).append(digest).append('\n');
        text.append(OPERATIONS_PREFIX).append(operations).append('\n');
        text.append(OUTPUT_PREFIX).append(outputDirectory).append('\n');
        files.forEach(file -> text.append(FILE_PREFIX).append(file).append('\n'));
        inputDigests.forEach((path, entry) -> text.append(INPUT_PREFIX)
                .append(entry.sha256())
                .append(' ')
                .append(entry.size())
                .append(' ')
                .append(entry.modifiedMicros())
                .append(' ')
                .append(path)
                .append('\n'));
        Files.createDirectories(stampFile.getParent());
        Path temporary = Files.createTempFile(
                stampFile.getParent(), stampFile.getFileName().toString(), ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        OutputFiles.moveReplacing(temporary, stampFile);
    }

    /**
     * Whether the output described by this stamp is in place in {@code directory}: every recorded file present. Only
     * file existence is checked, never content, so the check costs one {@code stat} per file; a hand-edited generated
     * file is restored by {@code -Dpvecodegen.force}.
     */
    boolean presentIn(Path directory) {
        return Files.isDirectory(directory)
                && files.stream().allMatch(file -> Files.isRegularFile(directory.resolve(file)));
    }

    /** The same stamp for output written to {@code directory}. */
    BuildStamp movedTo(Path directory) {
        return new BuildStamp(digest, files, operations, inputDigests, directory.toString());
    }
}
