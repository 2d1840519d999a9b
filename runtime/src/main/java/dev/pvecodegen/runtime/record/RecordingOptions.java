package dev.pvecodegen.runtime.record;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where answers are recorded and how much: at most {@link #maxFiles()} files and {@link #maxBytes()} bytes in the
 * directory (files recorded earlier count too), then recording stops with one warning. Immutable.
 *
 * <pre>{@code
 * RecordingOptions.to(Path.of("answers")).maxFiles(500).maxBytes(20_000_000)
 * }</pre>
 */
public final class RecordingOptions {
    public static final int DEFAULT_MAX_FILES = 10_000;
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    private final Path directory;
    private final int maxFiles;
    private final long maxBytes;
    private final List<UnaryOperator<String>> scrubbers;

    private RecordingOptions(Path directory, int maxFiles, long maxBytes, List<UnaryOperator<String>> scrubbers) {
        this.directory = directory;
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
        this.scrubbers = List.copyOf(scrubbers);
    }

    /** Records into {@code directory} (created when missing), with the default caps (10 000 files, 100 MiB). */
    public static RecordingOptions to(Path directory) {
        return new RecordingOptions(
                Objects.requireNonNull(directory, "directory"), DEFAULT_MAX_FILES, DEFAULT_MAX_BYTES, List.of());
    }

    /** At most this many recorded files in the directory. */
    public RecordingOptions maxFiles(int files) {
        if (files < 1) {
            throw new IllegalArgumentException("maxFiles must be at least 1: " + files);
        }
        return new RecordingOptions(directory, files, maxBytes, scrubbers);
    }

    /** At most this many bytes of recorded files in the directory. */
    public RecordingOptions maxBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1: " + bytes);
        }
        return new RecordingOptions(directory, maxFiles, bytes, scrubbers);
    }

    /**
     * Also removes these exact strings wherever they occur (values, names, paths), for secrets the rules cannot
     * recognise. A client adds its own API token secret by itself.
     */
    public RecordingOptions redacting(String... secrets) {
        List<UnaryOperator<String>> more = new ArrayList<>(scrubbers);
        for (String secret : secrets) {
            Objects.requireNonNull(secret, "secret");
            if (!secret.isEmpty()) {
                more.add(text -> text.replace(secret, Redactor.REDACTED));
            }
        }
        return new RecordingOptions(directory, maxFiles, maxBytes, more);
    }

    /** Also applies {@code scrubber} to every recorded string (it returns the string with its secret removed). */
    public RecordingOptions scrubbing(UnaryOperator<String> scrubber) {
        List<UnaryOperator<String>> more = new ArrayList<>(scrubbers);
        more.add(Objects.requireNonNull(scrubber, "scrubber"));
        return new RecordingOptions(directory, maxFiles, maxBytes, more);
    }

    public Path directory() {
        return directory;
    }

    public int maxFiles() {
        return maxFiles;
    }

    public long maxBytes() {
        return maxBytes;
    }

    List<UnaryOperator<String>> scrubbers() {
        return scrubbers;
    }

    @Override
    public String toString() {
        // The scrubbers hold secrets: only their number is shown.
        return "RecordingOptions[" + directory + ", maxFiles=" + maxFiles + ", maxBytes=" + maxBytes
                + (scrubbers.isEmpty() ? "" : ", " + scrubbers.size() + " extra secrets") + "]";
    }
}
