package dev.pvecodegen.generator.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundType;
import dev.pvecodegen.generator.bind.BoundValue;
import dev.pvecodegen.generator.coverage.PropertyStringReading;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the known property-string format whose value class reads every one of some strings, using the same reading
 * the coverage meter uses ({@link PropertyStringReading}: keys, aliases, key aliases, default key, each key's type).
 * Known formats are the inline ones of the schema (PVE's {@code format: {…}} objects); the match carries a copy of
 * the format's keys as the schema spells them, so that a learned property declares the very same format and the
 * generator gives it the existing value class.
 */
final class FormatMatcher {

    /** A format that reads every value: its model id and its keys as the apidoc spells them. */
    record Match(String formatId, JsonNode keys) {}

    private record Candidate(BoundValue type, String formatId, JsonNode keys) {}

    private final List<Candidate> candidates = new ArrayList<>();

    /**
     * Collects the formats of the model that the schema describes inline.
     *
     * @param tree the apidoc tree the model was read from (the format's first use is looked up there); a
     *     {@link com.fasterxml.jackson.databind.node.MissingNode} disables matching
     */
    FormatMatcher(ApiModel model, BoundModel bound, JsonNode tree) {
        for (BoundType type : bound.types().values()) {
            if (!(type instanceof BoundValue value)) {
                continue;
            }
            for (String id : value.formatIds()) {
                PropertyStringFormat format = model.propertyStringFormats().get(id);
                JsonNode keys =
                        format == null ? JsonNodeFactory.instance.missingNode() : keysAt(tree.at(format.pointer()));
                if (keys.isObject() && !keys.isEmpty()) {
                    candidates.add(new Candidate(value, id, keys));
                    break;
                }
            }
        }
        candidates.sort(Comparator.<Candidate>comparingInt(c -> c.keys().size()).thenComparing(Candidate::formatId));
    }

    /**
     * The format dict at a format's pointer: the pointer names the dict itself, or (in older models) the property
     * whose {@code format} it is.
     */
    private static JsonNode keysAt(JsonNode node) {
        JsonNode nested = node.path("format");
        JsonNode dict = nested.isObject() ? nested : node;
        boolean everyKeyASchema = dict.isObject()
                && dict.properties().stream().allMatch(e -> e.getValue().isObject());
        return everyKeyASchema ? dict : JsonNodeFactory.instance.missingNode();
    }

    /** The most specific known format reading every value fully, when each value has a {@code key=value} entry. */
    Optional<Match> match(List<String> values) {
        if (values.isEmpty() || !values.stream().allMatch(v -> v.indexOf('=') > 0)) {
            return Optional.empty();
        }
        List<JsonNode> nodes = values.stream()
                .map(v -> (JsonNode) JsonNodeFactory.instance.textNode(v))
                .toList();
        for (Candidate candidate : candidates) {
            if (nodes.stream()
                    .allMatch(
                            v -> PropertyStringReading.read(candidate.type(), v).fullyTyped())) {
                return Optional.of(new Match(candidate.formatId(), candidate.keys()));
            }
        }
        return Optional.empty();
    }
}
