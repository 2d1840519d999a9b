package dev.pvecodegen.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes generated sources the way the CLI promises: the whole tree is built in a temporary directory next to
 * the output directory and then swapped in, so readers never see half a client. A marker file records that the
 * directory belongs to the generator; a non-empty directory without it is never touched. Nothing outside the
 * output directory (and the generator's own temporary siblings) is ever deleted.
 */
public final class OutputWriter {
    /** The marker file in every output directory the generator created. */
    public static final String MARKER = ".pvecodegen-output";

    private OutputWriter() {}

    /**
     * Replaces {@code outputDir} with exactly {@code sources} (plus the marker file).
     *
     * @throws IllegalStateException when {@code outputDir} is a file, or a non-empty directory without the marker
     * @throws UncheckedIOException when writing fails (the previous output is then left in place)
     */
    public static void replaceAtomically(GeneratedSources sources, Path outputDir) {
        Path target = outputDir.toAbsolutePath().normalize();
        try {
            checkReplaceable(target);
            Path parent = Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            try {
                write(sources, staging);
                swap(staging, target, parent);
            } finally {
                if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("refusing to replace " + target + ": it is not a directory");
        }
        boolean empty;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            empty = !entries.iterator().hasNext();
        }
        if (!empty && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException("refusing to overwrite " + target + ": the directory is not empty and "
                    + "was not created by pvecodegen (no " + MARKER + " marker); choose an empty or new directory");
        }
    }

    private static void write(GeneratedSources sources, Path staging) throws IOException {
        for (GeneratedFile file : sources.files()) {
            Path path = staging.resolve(file.relativePath()).normalize();
            if (!path.startsWith(staging)) {
                throw new IllegalStateException("generated path escapes the output directory: " + file.relativePath());
            }
        }
        // The directories first (a handful), then the files from both cores: each write is a system call or two
        // that waits for the file system, not for the CPU.
        for (Path dir : sources.files().stream()
                .map(f -> staging.resolve(f.relativePath()).getParent())
                .distinct()
                .toList()) {
            Files.createDirectories(dir);
        }
        try {
            sources.files().parallelStream().forEach(file -> {
                try {
                    Files.writeString(staging.resolve(file.relativePath()), file.content(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(
                staging.resolve(MARKER),
                "This directory is written by pvecodegen generate and replaced "
                        + "on every run. Do not edit; do not put other files here.\n",
                StandardCharsets.UTF_8);
    }

    private static void swap(Path staging, Path target, Path parent) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** Deletes a tree the generator created; symbolic links are removed, never followed. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
