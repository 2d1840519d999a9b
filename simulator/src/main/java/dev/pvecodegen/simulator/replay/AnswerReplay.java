package dev.pvecodegen.simulator.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.simulator.http.IncomingRequest;
import dev.pvecodegen.simulator.http.Router;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers GETs with recorded {@code data}: the recording of the same concrete path first, else one of the same
 * operation (path template). Among several candidates the last loaded wins (files in name order, entries in order),
 * preferring one recorded with the same query parameters. Recordings of other verbs are ignored; recordings whose
 * path the schema has no GET for are listed in {@link #unmatched()} and logged, not fatal.
 */
public final class AnswerReplay {
    private static final Logger LOG = Logger.getLogger(AnswerReplay.class.getName());

    private final Map<List<String>, List<RecordedAnswer>> byPath = new HashMap<>();
    private final Map<String, List<RecordedAnswer>> byTemplate = new HashMap<>();
    private final List<String> unmatched = new ArrayList<>();
    private int size;

    private AnswerReplay() {}

    /** No recordings: every call is handled by the simulator. */
    public static AnswerReplay none() {
        return new AnswerReplay();
    }

    /**
     * Loads recorded answers from files or directories (their {@code .json} files) in both formats.
     *
     * @throws IllegalArgumentException listing every unreadable file and malformed entry
     */
    public static AnswerReplay load(List<Path> sources, Router router) {
        AnswerReplay replay = new AnswerReplay();
        List<String> problems = new ArrayList<>();
        for (Path source : sources) {
            AnswerFiles.Contents contents = AnswerFiles.read(source);
            problems.addAll(contents.problems());
            contents.entries().forEach(entry -> replay.add(entry, router));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "cannot replay the recorded answers:\n  " + String.join("\n  ", problems));
        }
        if (!replay.unmatched.isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    () -> replay.unmatched.size() + " recorded GET answers match no operation of the schema and are"
                            + " not replayed:\n  " + String.join("\n  ", replay.unmatched));
        }
        return replay;
    }

    private void add(AnswerFiles.Entry entry, Router router) {
        if (!entry.method().toUpperCase(Locale.ROOT).equals("GET")) {
            return;
        }
        List<String> segments = segments(entry.path());
        Optional<Router.Route> route = router.route(HttpMethod.GET, segments);
        if (route.isEmpty()) {
            unmatched.add(entry.source() + ": GET " + entry.path());
            return;
        }
        RecordedAnswer answer = new RecordedAnswer(
                segments, route.get().operation().path(), params(entry.params()), entry.data(), entry.source());
        byPath.computeIfAbsent(segments, k -> new ArrayList<>()).add(answer);
        byTemplate.computeIfAbsent(answer.template(), k -> new ArrayList<>()).add(answer);
        size++;
    }

    /**
     * The recorded {@code data} for a GET of {@code concretePath} (as sent, percent-encoded), routed to the operation
     * {@code template}, with these query parameters; empty when nothing was recorded for it.
     */
    public Optional<JsonNode> answer(String template, String concretePath, Map<String, JsonNode> params) {
        Map<String, List<String>> asked = new TreeMap<>();
        params.forEach((name, value) -> asked.put(name, texts(value)));
        Optional<RecordedAnswer> found = best(byPath.get(segments(concretePath)), asked);
        if (found.isEmpty()) {
            found = best(byTemplate.get(template), asked);
        }
        return found.map(RecordedAnswer::data);
    }

    /** How many recorded GET answers can be replayed. */
    public int size() {
        return size;
    }

    /** Recorded GET answers whose path routes to no GET of the schema: {@code file[index]: GET /path}. */
    public List<String> unmatched() {
        return List.copyOf(unmatched);
    }

    private static Optional<RecordedAnswer> best(List<RecordedAnswer> candidates, Map<String, List<String>> asked) {
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            RecordedAnswer candidate = candidates.get(i);
            if (candidate.params().isPresent() && candidate.params().get().equals(asked)) {
                return Optional.of(candidate);
            }
        }
        return Optional.of(candidates.get(candidates.size() - 1));
    }

    private static Optional<Map<String, List<String>>> params(JsonNode params) {
        if (params == null || !params.isObject()) {
            return Optional.empty();
        }
        Map<String, List<String>> values = new TreeMap<>();
        params.properties().forEach(field -> values.put(field.getKey(), texts(field.getValue())));
        return Optional.of(values);
    }

    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.asText()));
        } else {
            texts.add(value.asText());
        }
        return texts;
    }

    private static List<String> segments(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        List<String> segments = new ArrayList<>();
        for (String segment : bare.split("/", -1)) {
            if (!segment.isEmpty()) {
                segments.add(IncomingRequest.percentDecode(segment, "recorded path"));
            }
        }
        return segments;
    }
}
