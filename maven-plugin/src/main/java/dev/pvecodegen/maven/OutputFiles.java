package dev.pvecodegen.maven;

import dev.pvecodegen.generator.ParallelFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings an output directory in line with freshly generated sources while touching as little as possible: a file is
 * written only when its bytes differ (so its timestamp, and the compiler's view of it, stay put), and only files that
 * the same execution generated before are removed. Files of other executions sharing the directory are never seen.
 */
final class OutputFiles {

    /**
     * What a sync did.
     *
     * @param written files created or changed
     * @param unchanged files whose content was already right
     * @param removed orphans deleted (generated last time, not any more)
     */
    record Report(int written, int unchanged, int removed) {
        int total() {
            return written + unchanged;
        }
    }

    private final Path outputDirectory;

    OutputFiles(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
    }

    /**
     * Writes {@code files} (relative path with {@code /} separators → content) and removes the files of
     * {@code previousFiles} that are no longer generated.
     *
     * @throws IllegalArgumentException if a path would land outside the output directory
     */
    Report sync(Map<String, String> files, Collection<String> previousFiles) throws IOException {
        files.keySet().forEach(this::resolve);
        Files.createDirectories(outputDirectory);
        AtomicInteger written = new AtomicInteger();
        ParallelFiles.forEach(files.entrySet(), file -> {
            if (writeIfChanged(resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8))) {
                written.incrementAndGet();
            }
        });
        int removed = removeOrphans(files.keySet(), previousFiles);
        return new Report(written.get(), files.size() - written.get(), removed);
    }

    /** Resolves a generated file's path, refusing anything that escapes the output directory. */
    Path resolve(String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        Path candidate = outputDirectory.resolve(relativePath).normalize();
        if (relativePath.isEmpty()
                || Path.of(relativePath).isAbsolute()
                || !candidate.startsWith(outputDirectory)
                || candidate.equals(outputDirectory)) {
            throw new IllegalArgumentException(
                    "generated file path '" + relativePath + "' is not inside the output directory " + outputDirectory);
        }
        return candidate;
    }

    private static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target)
                && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        // Write beside the target and move over it, so a reader (IDE, parallel compiler) never sees half a file.
        Path temporary =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, content);
            moveReplacing(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }

    static void moveReplacing(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private int removeOrphans(Set<String> current, Collection<String> previousFiles) throws IOException {
        int removed = 0;
        for (String previous : previousFiles) {
            if (current.contains(previous)) {
                continue;
            }
            Path orphan;
            try {
                orphan = resolve(previous);
            } catch (IllegalArgumentException e) {
                continue; // a tampered stamp must not make us delete outside the output directory
            }
            if (Files.deleteIfExists(orphan)) {
                removed++;
            }
            removeEmptyParents(orphan.getParent());
        }
        return removed;
    }

    private void removeEmptyParents(Path directory) throws IOException {
        for (Path dir = directory;
                dir != null && dir.startsWith(outputDirectory) && !dir.equals(outputDirectory);
                dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
