package dev.pvecodegen.runtime.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory recordings go to: numbers the files after those already there, writes each one whole (a temporary
 * file moved into place, so a reader never sees half a file) and stops for good, with one warning, when a cap is
 * reached or a write fails. Thread-safe.
 */
final class AnswerDirectory {
    private static final System.Logger LOG = System.getLogger("dev.pvecodegen.runtime.record");
    /** The files this class writes: a sequence number, a name from the call, {@code .json}. */
    static final Pattern RECORDING = Pattern.compile("(\\d{6,})-[A-Za-z0-9._-]+\\.json");

    private final Path directory;
    private final int maxFiles;
    private final long maxBytes;
    private long sequence;
    private int files;
    private long bytes;
    private boolean stopped;

    /** @throws UncheckedIOException when the directory cannot be created or read */
    AnswerDirectory(RecordingOptions options) {
        this.directory = options.directory();
        this.maxFiles = options.maxFiles();
        this.maxBytes = options.maxBytes();
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> existing = Files.newDirectoryStream(directory)) {
                for (Path file : existing) {
                    Matcher name = RECORDING.matcher(file.getFileName().toString());
                    if (name.matches() && Files.isRegularFile(file)) {
                        files++;
                        bytes += Files.size(file);
                        sequence = Math.max(sequence, Long.parseLong(name.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record answers in " + directory + ": " + e.getMessage(), e);
        }
    }

    synchronized boolean isOpen() {
        return !stopped;
    }

    /** Writes one recording named {@code <next number>-<label>.json}; false once recording has stopped. */
    synchronized boolean write(String label, byte[] content) {
        if (stopped) {
            return false;
        }
        if (files + 1 > maxFiles) {
            return stop("the directory holds " + files + " recordings, the cap (maxFiles)");
        }
        if (bytes + content.length > maxBytes) {
            return stop("the next answer (" + content.length + " bytes) would take the directory past its cap of "
                    + maxBytes + " bytes (maxBytes)");
        }
        String name = String.format("%06d-%s.json", sequence + 1, label);
        Path target = directory.resolve(name);
        Path temporary = directory.resolve("." + name + ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write already failed; the warning below says so
            }
            return stop("writing " + target + " failed (" + e.getMessage() + ")");
        }
        sequence++;
        files++;
        bytes += content.length;
        return true;
    }

    private boolean stop(String why) {
        stopped = true;
        LOG.log(Level.WARNING, "recording answers in " + directory + " stopped: " + why);
        return false;
    }
}
