package dev.pvecodegen.generator;

import java.util.List;

/** The output directory holds files the generator did not write (or is a file): nothing was changed. */
public final class OutputRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> files;

    public OutputRefusedException(String message, List<String> files) {
        super(message);
        this.files = List.copyOf(files);
    }

    /** The files in the way, relative to the output directory, each with the reason. */
    public List<String> files() {
        return files;
    }
}
