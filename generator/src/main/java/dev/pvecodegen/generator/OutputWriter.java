package dev.pvecodegen.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes generated sources the way the CLI promises: the whole tree is built in a scratch directory next to the
 * output directory and then swapped in, so readers never see half a client. The marker file {@link #MARKER} holds a
 * manifest of what was written; a directory is replaced only when it holds nothing but those files, unchanged.
 * Otherwise the run is refused and the other files are listed: the generator never deletes what it did not write.
 * Scratch trees are removed on every way out, including SIGINT and SIGTERM (see {@link ScratchTrees}).
 */
public final class OutputWriter {
    /** The marker file, with the manifest, in every output directory the generator wrote. */
    public static final String MARKER = ".pvecodegen-output";

    private static final int LISTED = 20;

    private OutputWriter() {}

    /**
     * What a run did besides writing: the scratch trees of earlier, killed runs it removed.
     *
     * @param removedLeftovers scratch directories of processes that no longer exist
     */
    public record Result(List<Path> removedLeftovers) {
        public Result {
            removedLeftovers = List.copyOf(removedLeftovers);
        }
    }

    /** Notified as the write advances; tests use it to stop a run at a chosen point. */
    interface Progress {
        Progress NONE = new Progress() {};

        default void written(int files) {}

        default void swapped() {}
    }

    /**
     * Replaces {@code outputDir} with exactly {@code sources} (plus the marker file).
     *
     * @throws OutputRefusedException when {@code outputDir} is a file, or holds files the generator did not write
     * @throws UncheckedIOException when writing fails (the previous output is then left in place)
     */
    public static Result replaceAtomically(GeneratedSources sources, Path outputDir) {
        return replaceAtomically(sources, outputDir, ScratchTrees.JVM, Progress.NONE);
    }

    static Result replaceAtomically(GeneratedSources sources, Path outputDir, ScratchTrees scratch, Progress progress) {
        Path target = outputDir.toAbsolutePath().normalize();
        Path staging = null;
        Path old = null;
        try {
            Files.createDirectories(target.getParent());
            List<Path> leftovers = scratch.removeStale(target);
            checkReplaceable(target);
            staging = scratch.allocate(target, "new");
            write(sources, staging, scratch, progress);
            old = swap(staging, target, scratch);
            progress.swapped();
            step(scratch, old, scratch::delete);
            return new Result(leftovers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + target + ": " + e.getMessage(), e);
        } finally {
            cleanUp(scratch, staging, old);
        }
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException("refusing to replace " + target + ": it is not a directory", List.of());
        }
        List<String> firstEntries;
        try (Stream<Path> entries = Files.list(target)) {
            firstEntries = entries.limit(LISTED + 1)
                    .map(p -> OutputManifest.relative(target, p))
                    .sorted()
                    .toList();
        }
        if (firstEntries.isEmpty()) {
            return;
        }
        Optional<OutputManifest> manifest = OutputManifest.read(target.resolve(MARKER));
        if (manifest.isEmpty()) {
            String marker = Files.exists(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                    ? "its " + MARKER + " holds no manifest (made by hand, or by a pvecodegen before 0.1)"
                    : "it has no " + MARKER + " marker";
            throw new OutputRefusedException(
                    "refusing to overwrite " + target + ": the directory is not empty and " + marker
                            + ", so pvecodegen cannot tell its files from yours; choose an empty or new directory, or"
                            + " delete this one yourself" + listing(firstEntries),
                    firstEntries);
        }
        List<String> foreign = manifest.get().foreignFiles(target);
        if (!foreign.isEmpty()) {
            throw new OutputRefusedException(
                    "refusing to replace " + target + ": " + foreign.size() + " file"
                            + (foreign.size() == 1 ? " was" : "s were") + " not written by pvecodegen or changed"
                            + " since; move them away (nothing was deleted)" + listing(foreign),
                    foreign);
        }
    }

    private static String listing(List<String> files) {
        StringBuilder text = new StringBuilder(":");
        files.stream().limit(LISTED).forEach(f -> text.append("\n  ").append(f));
        if (files.size() > LISTED) {
            text.append("\n  …");
        }
        return text.toString();
    }

    /**
     * Writes every file and the marker into {@code staging}. The files are written, and their bytes hashed for the
     * manifest, on both cores: the 8 MB of a full client cost a cold run (C1 has no SHA-256 intrinsic) more in
     * hashing than in writing.
     */
    private static void write(GeneratedSources sources, Path staging, ScratchTrees scratch, Progress progress)
            throws IOException {
        step(scratch, staging, Files::createDirectories);
        for (Path directory : directories(sources, staging)) {
            step(scratch, directory, Files::createDirectories);
        }
        Map<String, String> hashes = new ConcurrentHashMap<>();
        AtomicInteger written = new AtomicInteger();
        ParallelFiles.forEach(sources.files(), file -> {
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            step(scratch, target(staging, file), p -> Files.write(p, bytes));
            hashes.put(file.relativePath(), OutputManifest.sha256(bytes));
            progress.written(written.incrementAndGet());
        });
        String manifest = new OutputManifest(hashes).render();
        step(scratch, staging.resolve(MARKER), p -> Files.writeString(p, manifest, StandardCharsets.UTF_8));
    }

    /** The directories the files go to, parents first, each once ({@code createDirectories} per file is slow). */
    private static SortedSet<Path> directories(GeneratedSources sources, Path staging) {
        SortedSet<Path> directories = new TreeSet<>();
        for (GeneratedFile file : sources.files()) {
            directories.add(target(staging, file).getParent());
        }
        return directories;
    }

    private static Path target(Path staging, GeneratedFile file) {
        Path path = staging.resolve(file.relativePath()).normalize();
        if (!path.startsWith(staging)) {
            throw new IllegalStateException("generated path escapes the output directory: " + file.relativePath());
        }
        return path;
    }

    /** Moves {@code staging} into place; returns where the previous output went (which may not exist). */
    private static Path swap(Path staging, Path target, ScratchTrees scratch) throws IOException {
        scratch.stepLock().lock();
        try {
            scratch.checkNotExiting();
            Path old = scratch.allocate(target, "old");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            return old;
        } finally {
            scratch.stepLock().unlock();
        }
    }

    /**
     * One file-system step, under the scratch lock (shared with the other steps, exclusive of the shutdown hook),
     * refused once the process is shutting down.
     */
    private static void step(ScratchTrees scratch, Path path, IoStep action) throws IOException {
        scratch.stepLock().lock();
        try {
            scratch.checkNotExiting();
            action.run(path);
        } finally {
            scratch.stepLock().unlock();
        }
    }

    /** Removes whatever scratch tree is left after a failure; a failure here must not hide the first one. */
    private static void cleanUp(ScratchTrees scratch, Path staging, Path old) {
        for (Path tree : new Path[] {staging, old}) {
            if (tree == null) {
                continue;
            }
            scratch.stepLock().lock();
            try {
                scratch.delete(tree);
            } catch (IOException e) {
                System.err.println("pvecodegen: could not remove " + tree + ": " + e.getMessage());
            } finally {
                scratch.stepLock().unlock();
            }
        }
    }

    @FunctionalInterface
    private interface IoStep {
        void run(Path path) throws IOException;
    }
}
