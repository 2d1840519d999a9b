package dev.pvecodegen.generator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads recorded answers in both forms: the plain corpus form of {@code shared/answers/pve.json} (a JSON file holding
 * an array of {@code {method, path, version, source, data}} objects, or one such object) and the runtime's
 * recordings ({@code pvecodegen-answer/1}, one object per file, written by {@code recordAnswers}), whose
 * {@code method}, {@code path}, {@code version} and {@code data} members are those of the plain form. A directory is
 * read recursively, its {@code *.json} files in name order. Other members are ignored.
 */
public final class AnswerCorpus {

    /** The {@code format} member of the runtime's recordings; the plain form has none. */
    public static final String RECORDING_FORMAT = "pvecodegen-answer/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerCorpus() {}

    /**
     * What {@link #readLeniently} found: the answers it could read, and one line per file or entry it could not
     * ({@code bad.json: not JSON (…)}, {@code pve.json[3]: an answer needs 'method', 'path' and 'data'}).
     */
    public record Reading(List<Answer> answers, List<String> problems) {
        public Reading {
            answers = List.copyOf(answers);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the answers of a file, or of every {@code *.json} file below a directory.
     *
     * @throws IllegalArgumentException naming the file and the entry when an entry lacks {@code method},
     *     {@code path} or {@code data}
     * @throws UncheckedIOException when a file cannot be read or is not JSON
     */
    public static List<Answer> read(Path fileOrDirectory) {
        List<Answer> answers = new ArrayList<>();
        for (Path file : files(fileOrDirectory)) {
            answers.addAll(readFile(file, name(fileOrDirectory, file)));
        }
        return answers;
    }

    /**
     * Reads every file or directory given, going on past what cannot be read: a file that is not JSON, an entry
     * without {@code method}, {@code path} or {@code data}, a recording of another format. Those are listed in the
     * result, the rest is read. A path that does not exist is a problem too.
     */
    public static Reading readLeniently(List<Path> filesOrDirectories) {
        List<Answer> answers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path root : filesOrDirectories) {
            if (!Files.exists(root)) {
                problems.add(root + ": no such file or directory");
                continue;
            }
            List<Path> files;
            try {
                files = files(root);
            } catch (UncheckedIOException e) {
                problems.add(root + ": cannot list (" + e.getCause().getMessage() + ")");
                continue;
            }
            for (Path file : files) {
                String name = file.toString();
                JsonNode json;
                try {
                    json = MAPPER.readTree(file.toFile());
                } catch (IOException e) {
                    problems.add(name + ": not JSON (" + firstLine(e.getMessage()) + ")");
                    continue;
                }
                if (json == null || !(json.isArray() || json.isObject())) {
                    problems.add(name + ": neither an answer nor an array of answers");
                    continue;
                }
                Iterable<JsonNode> entries = json.isArray() ? json : List.of(json);
                int i = 0;
                for (JsonNode entry : entries) {
                    String source = json.isArray() ? name + "[" + i + "]" : name;
                    i++;
                    try {
                        answers.add(answer(entry, source));
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        return new Reading(answers, problems);
    }

    /** The answers of an already parsed array (or single object) of {@code {method, path, data}}. */
    public static List<Answer> of(JsonNode json, String name) {
        List<Answer> answers = new ArrayList<>();
        if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                answers.add(answer(json.get(i), name + "[" + i + "]"));
            }
        } else {
            answers.add(answer(json, name));
        }
        return answers;
    }

    private static List<Path> files(Path fileOrDirectory) {
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> files = Files.walk(fileOrDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fileOrDirectory, e);
        }
    }

    private static String name(Path root, Path file) {
        return root.equals(file)
                ? file.getFileName().toString()
                : root.relativize(file).toString();
    }

    private static List<Answer> readFile(Path file, String name) {
        try {
            return of(MAPPER.readTree(file.toFile()), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answers from " + file, e);
        }
    }

    private static Answer answer(JsonNode entry, String source) {
        if (entry.path("format").isTextual() && !entry.get("format").textValue().equals(RECORDING_FORMAT)) {
            throw new IllegalArgumentException(source + ": a recording of format '"
                    + entry.get("format").textValue() + "', not " + RECORDING_FORMAT);
        }
        if (!entry.path("method").isTextual() || !entry.path("path").isTextual() || !entry.has("data")) {
            throw new IllegalArgumentException(source + ": an answer needs 'method', 'path' and 'data'");
        }
        JsonNode version = entry.path("version");
        return new Answer(
                entry.get("method").textValue(),
                entry.get("path").textValue(),
                entry.get("data"),
                source,
                version.isValueNode() && !version.isNull() && !version.asText().isEmpty()
                        ? Optional.of(version.asText())
                        : Optional.empty());
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
