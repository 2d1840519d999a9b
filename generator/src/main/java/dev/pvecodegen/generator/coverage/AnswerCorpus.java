package dev.pvecodegen.generator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads recorded answers: a JSON file holding an array of {@code {method, path, data}} objects (the form of
 * {@code shared/answers/pve.json}; other members are ignored), a file holding one such object, or a directory of
 * such files ({@code *.json}, read in name order, recursively).
 */
public final class AnswerCorpus {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerCorpus() {}

    /**
     * Reads the answers of a file, or of every {@code *.json} file below a directory.
     *
     * @throws IllegalArgumentException naming the file and the entry when an entry lacks {@code method},
     *     {@code path} or {@code data}
     * @throws UncheckedIOException when a file cannot be read or is not JSON
     */
    public static List<Answer> read(Path fileOrDirectory) {
        List<Answer> answers = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> files = Files.walk(fileOrDirectory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    answers.addAll(
                            readFile(file, fileOrDirectory.relativize(file).toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + fileOrDirectory, e);
            }
        } else {
            answers.addAll(
                    readFile(fileOrDirectory, fileOrDirectory.getFileName().toString()));
        }
        return answers;
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

    private static List<Answer> readFile(Path file, String name) {
        try {
            return of(MAPPER.readTree(file.toFile()), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answers from " + file, e);
        }
    }

    private static Answer answer(JsonNode entry, String source) {
        if (!entry.path("method").isTextual() || !entry.path("path").isTextual() || !entry.has("data")) {
            throw new IllegalArgumentException(source + ": an answer needs 'method', 'path' and 'data'");
        }
        return new Answer(entry.get("method").textValue(), entry.get("path").textValue(), entry.get("data"), source);
    }
}
