package dev.pvecodegen.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Golden files: generated sources compared byte for byte with {@code src/test/resources/golden/<name>}. Run with
 * {@code -Dpvecodegen.golden.update=true} to rewrite them after an intended change (then review the diff).
 */
final class Golden {
    static final String UPDATE_PROPERTY = "pvecodegen.golden.update";

    private Golden() {}

    /** Compares (or, with the update switch, rewrites) and returns a readable report of differences. */
    static String check(String name, GeneratedSources sources) {
        Path dir = Path.of("src/test/resources/golden", name);
        Map<String, String> expected = read(dir);
        Map<String, String> actual = new TreeMap<>();
        sources.files().forEach(f -> actual.put(f.relativePath(), f.content()));
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            rewrite(dir, actual);
            return "";
        }
        StringBuilder report = new StringBuilder();
        for (String path : actual.keySet()) {
            if (!expected.containsKey(path)) {
                report.append("new file (not in golden): ").append(path).append('\n');
            } else if (!expected.get(path).equals(actual.get(path))) {
                report.append(diff(path, expected.get(path), actual.get(path)));
            }
        }
        for (String path : expected.keySet()) {
            if (!actual.containsKey(path)) {
                report.append("missing file (in golden, not generated): ")
                        .append(path)
                        .append('\n');
            }
        }
        if (report.length() > 0) {
            report.append("If the change is intended, rerun with -D")
                    .append(UPDATE_PROPERTY)
                    .append("=true and review the golden diff.\n");
        }
        return report.toString();
    }

    /**
     * Compares one file below {@code src/test/resources} with {@code actual} (or, with the update switch, rewrites
     * it) and returns a readable report of the difference, empty when equal.
     */
    static String checkFile(String relativePath, String actual) {
        Path file = Path.of("src/test/resources", relativePath);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return "";
            }
            String expected = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            return expected.equals(actual)
                    ? ""
                    : diff(relativePath, expected, actual) + "If the change is intended, rerun with -D"
                            + UPDATE_PROPERTY + "=true and review the diff.\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first differing region of two texts, with line numbers and a little context. */
    static String diff(String path, String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) {
            first++;
        }
        int endA = a.size() - 1;
        int endB = b.size() - 1;
        while (endA >= first && endB >= first && a.get(endA).equals(b.get(endB))) {
            endA--;
            endB--;
        }
        StringBuilder out = new StringBuilder("--- golden/")
                .append(path)
                .append("\n+++ generated/")
                .append(path)
                .append("\n@@ line ")
                .append(first + 1)
                .append(" @@\n");
        for (int i = Math.max(0, first - 2); i < first; i++) {
            out.append("  ").append(a.get(i)).append('\n');
        }
        for (int i = first; i <= endA && i < first + 30; i++) {
            out.append("- ").append(a.get(i)).append('\n');
        }
        for (int i = first; i <= endB && i < first + 30; i++) {
            out.append("+ ").append(b.get(i)).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                files.put(
                        relative.endsWith(".golden") ? relative.substring(0, relative.length() - 7) : relative,
                        Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void rewrite(Path dir, Map<String, String> files) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                // Stored as .golden so that IDEs and build tools do not treat them as sources.
                Path target = dir.resolve(file.getKey() + ".golden");
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
