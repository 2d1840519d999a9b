package dev.pvecodegen.generator;

import java.util.Comparator;
import java.util.List;

/**
 * The generated files, sorted by path so that the result is deterministic.
 *
 * @param files the files
 */
public record GeneratedSources(List<GeneratedFile> files) {
    public GeneratedSources {
        files = files.stream()
                .sorted(Comparator.comparing(GeneratedFile::relativePath))
                .toList();
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).relativePath().equalsIgnoreCase(files.get(i - 1).relativePath())) {
                throw new IllegalArgumentException(
                        "duplicate file " + files.get(i).relativePath());
            }
        }
    }

    /** Total number of lines, for size reports. */
    public long lineCount() {
        return files.stream().mapToLong(f -> lines(f.content())).sum();
    }

    /** Lines ended by a line feed, plus a last unended one; no string per line (a full client is 8 MB). */
    private static long lines(String text) {
        long breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") ? breaks : breaks + 1;
    }
}
