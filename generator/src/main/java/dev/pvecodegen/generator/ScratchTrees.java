package dev.pvecodegen.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The generator's scratch directories beside an output directory: {@code .<name>.new-<pid>-<n>} (the tree being
 * written) and {@code .<name>.old-<pid>-<n>} (the previous output during the swap). They are deleted on every way
 * out: normally, on an exception, and, through a shutdown hook, on SIGINT or SIGTERM. A run that was killed
 * outright leaves them behind; the next run removes those of processes that are gone.
 *
 * <p>The writer does each file-system step while holding {@link #stepLock()}; the shutdown hook takes the exclusive
 * side of the same lock, so it never deletes a tree half-way through a step, and the writer does not start another
 * step once the hook ran. Steps share the lock, so the writer may write files on several threads at once.
 */
final class ScratchTrees {
    /** The instance the CLI uses, with its shutdown hook. */
    static final ScratchTrees JVM = new ScratchTrees().withShutdownHook();

    /** Ours: {@code .<name>.new-<pid>-<n>}, and {@code .<name>.new-<digits>} as versions before 0.1 named them. */
    private static final Pattern SCRATCH = Pattern.compile("\\.(.+)\\.(?:new|old)-(?:(\\d+)-)?\\d+");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Set<Path> registered = ConcurrentHashMap.newKeySet();
    private volatile boolean exiting;

    private ScratchTrees withShutdownHook() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUpAtExit, "pvecodegen-cleanup"));
        return this;
    }

    /** Held by the writer during each step; steps on several threads hold it together. */
    Lock stepLock() {
        return lock.readLock();
    }

    /** A fresh scratch path beside {@code target} of the given kind ({@code new} or {@code old}), registered. */
    Path allocate(Path target, String kind) {
        Path path = target.resolveSibling("." + target.getFileName() + "." + kind + "-"
                + ProcessHandle.current().pid() + "-"
                + ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
        registered.add(path);
        return path;
    }

    /**
     * Fails when the JVM is shutting down: the writer calls it, holding the lock, before each step.
     *
     * @throws IllegalStateException when the shutdown hook has cleaned up
     */
    void checkNotExiting() {
        if (exiting) {
            throw new IllegalStateException("stopped: the process is shutting down (its scratch trees were removed)");
        }
    }

    /** Deletes a scratch tree, if it exists, and forgets it. */
    void delete(Path tree) throws IOException {
        deleteTree(tree);
        registered.remove(tree);
    }

    /** What the shutdown hook does: waits for the writer's current step, then deletes every registered tree. */
    void cleanUpAtExit() {
        Lock exclusive = lock.writeLock();
        exclusive.lock();
        try {
            exiting = true;
            for (Path tree : List.copyOf(registered)) {
                try {
                    delete(tree);
                } catch (IOException | UncheckedIOException e) {
                    System.err.println("pvecodegen: could not remove " + tree + ": " + e.getMessage());
                }
            }
        } finally {
            exclusive.unlock();
        }
    }

    /**
     * Removes the scratch trees of {@code target} left by runs whose process is gone (killed, crashed).
     *
     * @return the trees removed
     */
    List<Path> removeStale(Path target) throws IOException {
        List<Path> removed = new ArrayList<>();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path sibling : siblings) {
                if (isStale(sibling, name) && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(sibling);
                    removed.add(sibling);
                }
            }
        }
        removed.sort(Comparator.naturalOrder());
        return removed;
    }

    private boolean isStale(Path sibling, String name) {
        Matcher matcher = SCRATCH.matcher(sibling.getFileName().toString());
        if (!matcher.matches() || !matcher.group(1).equals(name) || registered.contains(sibling)) {
            return false;
        }
        if (matcher.group(2) == null) {
            return true; // the old naming had no process id: no writer of today's version is using it
        }
        long pid;
        try {
            pid = Long.parseLong(matcher.group(2));
        } catch (NumberFormatException e) {
            return false;
        }
        // This process's own trees are registered while in use; an unregistered one is left from an earlier run.
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        return pid == ProcessHandle.current().pid()
                || owner.isEmpty()
                || !owner.get().isAlive();
    }

    /** Deletes a tree the generator created; symbolic links are removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            try {
                Files.delete(path);
            } catch (NoSuchFileException gone) {
                // deleted meanwhile: what we wanted
            }
        }
    }
}
