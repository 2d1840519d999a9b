package dev.pvecodegen.simulator.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads recorded answers in the two formats: the runtime's recordings ({@code pvecodegen-answer/1}, one object per
 * file) and the plain corpus format of {@code shared/answers} (an array of {@code {method, path, data, …}}). Both
 * share {@code method}, {@code path} and {@code data}; everything else is optional here.
 */
final class AnswerFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry as found, before routing. */
    record Entry(String method, String path, JsonNode params, JsonNode data, String source) {}

    /** What a set of files holds, and what is wrong with them (file, entry, problem). */
    record Contents(List<Entry> entries, List<String> problems) {}

    private AnswerFiles() {}

    /** The {@code .json} files of a directory in name order (not its subdirectories), or the one file given. */
    static Contents read(Path fileOrDirectory) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try {
            files = files(fileOrDirectory);
        } catch (IOException e) {
            problems.add(fileOrDirectory + ": cannot be read (" + e.getMessage() + ")");
            return new Contents(entries, problems);
        }
        for (Path file : files) {
            JsonNode root;
            try {
                root = JSON.readTree(file.toFile());
            } catch (IOException e) {
                problems.add(file + ": not JSON ("
                        + e.getMessage().lines().findFirst().orElse("") + ")");
                continue;
            }
            if (root != null && root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    entry(root.get(i), file + "[" + i + "]", entries, problems);
                }
            } else if (root != null && root.isObject()) {
                entry(root, file.toString(), entries, problems);
            } else {
                problems.add(file + ": neither a recorded answer (an object) nor a list of them (an array)");
            }
        }
        return new Contents(entries, problems);
    }

    private static List<Path> files(Path fileOrDirectory) throws IOException {
        if (!Files.isDirectory(fileOrDirectory)) {
            if (!Files.isRegularFile(fileOrDirectory)) {
                throw new IOException("no such file or directory");
            }
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> listing = Files.list(fileOrDirectory)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static void entry(JsonNode node, String source, List<Entry> entries, List<String> problems) {
        List<String> wrong = new ArrayList<>();
        if (!node.isObject()) {
            wrong.add("not an object");
        } else {
            if (!node.path("method").isTextual()) {
                wrong.add("no \"method\"");
            }
            if (!node.path("path").isTextual() || !node.path("path").asText().startsWith("/")) {
                wrong.add("no \"path\" starting with /");
            }
            if (!node.has("data")) {
                wrong.add("no \"data\"");
            }
            if (node.has("params") && !node.get("params").isObject()) {
                wrong.add("\"params\" is not an object");
            }
        }
        if (!wrong.isEmpty()) {
            problems.add(source + ": " + String.join(", ", wrong));
            return;
        }
        entries.add(new Entry(
                node.get("method").asText(), node.get("path").asText(), node.get("params"), node.get("data"), source));
    }
}
