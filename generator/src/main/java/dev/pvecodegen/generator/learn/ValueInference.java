package dev.pvecodegen.generator.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Infers an apidoc schema from the values recorded answers sent for one field (every value of every answer, list
 * items included). The rules, in order; {@code null}s are ignored:
 *
 * <ol>
 *   <li><b>boolean</b>: every value is {@code true}/{@code false}, or every value is the number {@code 0} or
 *       {@code 1} and both were seen (a field seen only as {@code 1} may be a counter: it stays an integer, which
 *       reads a flag as well);
 *   <li><b>integer</b>: every value is an integral number, or a string of one where others are numbers (Perl sends
 *       some numbers as text); strings alone stay strings ({@code "2026.1"} is a build, not a number);
 *   <li><b>number</b>: the same, some with a fraction;
 *   <li><b>property string</b>: every value is a string with at least one {@code key=value} entry, and the value
 *       class of one known format of the schema reads every value with no key left over; the format with the fewest
 *       keys wins (then the lowest id), and the schema gets a copy of its keys, so the generator reuses its class;
 *   <li><b>enum</b>: strings with few, repeated values: at least {@value #ENUM_MIN_VALUES} values seen, at most
 *       {@value #ENUM_MAX_DISTINCT} distinct ones, each distinct value seen twice on average, each a word of at most
 *       {@value #ENUM_MAX_LENGTH} characters ({@code [A-Za-z][A-Za-z0-9_.:+-]*}); generated enums keep values they do
 *       not list, so a later new value is not lost;
 *   <li><b>string</b>: every other set of strings;
 *   <li><b>object</b>: every value is an object: each member inferred from its values across all of them (a member
 *       whose values fit no rule is left out, and stays in {@code additionalProperties()});
 *   <li><b>array</b>: every value is an array: its items inferred from all elements of all of them.
 * </ol>
 *
 * Anything else (values of different JSON types, only {@code null}s, only empty lists or objects) is not inferred:
 * the reason is returned instead, and the field stays raw.
 */
final class ValueInference {

    static final int ENUM_MIN_VALUES = 4;
    static final int ENUM_MAX_DISTINCT = 8;
    static final int ENUM_MAX_LENGTH = 40;

    private static final Pattern ENUM_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.:+-]*");
    private static final Pattern INTEGRAL = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern MEMBER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What was inferred: a schema in the apidoc dialect and a short description, or why nothing was. */
    record Inferred(Optional<ObjectNode> schema, String description) {
        static Inferred of(ObjectNode schema, String description) {
            return new Inferred(Optional.of(schema), description);
        }

        static Inferred not(String why) {
            return new Inferred(Optional.empty(), why);
        }
    }

    private final FormatMatcher formats;

    ValueInference(FormatMatcher formats) {
        this.formats = formats;
    }

    Inferred infer(List<JsonNode> recorded) {
        List<JsonNode> values =
                recorded.stream().filter(v -> !v.isNull() && !v.isMissingNode()).toList();
        if (values.isEmpty()) {
            return Inferred.not("only null values");
        }
        if (values.stream().allMatch(JsonNode::isObject)) {
            return object(values);
        }
        if (values.stream().allMatch(JsonNode::isArray)) {
            return array(values);
        }
        if (values.stream().anyMatch(JsonNode::isContainerNode)) {
            return Inferred.not("values of different JSON types (" + kinds(values) + ")");
        }
        if (values.stream().allMatch(JsonNode::isBoolean)) {
            return scalar("boolean");
        }
        boolean someNumbers = values.stream().anyMatch(JsonNode::isNumber);
        if (someNumbers && values.stream().allMatch(v -> v.isIntegralNumber() || isText(v, INTEGRAL))) {
            Set<String> seen = new TreeSet<>();
            values.forEach(v -> seen.add(v.asText()));
            boolean allJsonNumbers = values.stream().allMatch(JsonNode::isIntegralNumber);
            return allJsonNumbers && seen.equals(Set.of("0", "1")) ? scalar("boolean") : scalar("integer");
        }
        if (someNumbers && values.stream().allMatch(v -> v.isNumber() || isText(v, DECIMAL))) {
            return scalar("number");
        }
        if (!values.stream().allMatch(JsonNode::isTextual)) {
            return Inferred.not("values of different JSON types (" + kinds(values) + ")");
        }
        List<String> texts = values.stream().map(JsonNode::textValue).toList();
        Optional<FormatMatcher.Match> format = formats.match(texts);
        if (format.isPresent()) {
            ObjectNode schema = JSON.objectNode().put("type", "string");
            schema.set("format", format.get().keys().deepCopy());
            return Inferred.of(schema, "property string like " + format.get().formatId());
        }
        Optional<List<String>> enumValues = enumValues(texts);
        if (enumValues.isPresent()) {
            ObjectNode schema = JSON.objectNode().put("type", "string");
            enumValues.get().forEach(schema.putArray("enum")::add);
            return Inferred.of(schema, "enum of " + enumValues.get().size() + " values");
        }
        return scalar("string");
    }

    /** The distinct values when they are few and repeated enough to be an enum, sorted. */
    static Optional<List<String>> enumValues(List<String> texts) {
        Set<String> distinct = new TreeSet<>(texts);
        boolean words = distinct.stream()
                .allMatch(t ->
                        t.length() <= ENUM_MAX_LENGTH && ENUM_WORD.matcher(t).matches());
        if (texts.size() >= ENUM_MIN_VALUES
                && distinct.size() <= ENUM_MAX_DISTINCT
                && distinct.size() * 2 <= texts.size()
                && words) {
            return Optional.of(List.copyOf(distinct));
        }
        return Optional.empty();
    }

    private Inferred object(List<JsonNode> values) {
        Map<String, List<JsonNode>> members = new TreeMap<>();
        for (JsonNode value : values) {
            value.properties()
                    .forEach(m -> members.computeIfAbsent(m.getKey(), k -> new ArrayList<>())
                            .add(m.getValue()));
        }
        if (members.isEmpty()) {
            return Inferred.not("only empty objects");
        }
        Map<String, ObjectNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, List<JsonNode>> member : members.entrySet()) {
            if (!isMemberName(member.getKey())) {
                continue;
            }
            infer(member.getValue()).schema().ifPresent(schema -> properties.put(member.getKey(), schema));
        }
        if (properties.isEmpty()) {
            return Inferred.not("an object whose members fit no rule (a map keyed by values?)");
        }
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode declared = schema.putObject("properties");
        properties.forEach(declared::set);
        return Inferred.of(schema, "object of " + properties.size() + " properties");
    }

    private Inferred array(List<JsonNode> values) {
        List<JsonNode> items = new ArrayList<>();
        values.forEach(v -> v.forEach(items::add));
        if (items.isEmpty()) {
            return Inferred.not("only empty lists");
        }
        Inferred element = infer(items);
        if (element.schema().isEmpty()) {
            return Inferred.not("a list of " + element.description());
        }
        ObjectNode schema = JSON.objectNode().put("type", "array");
        schema.set("items", element.schema().get());
        return Inferred.of(schema, "list of " + element.description());
    }

    /**
     * Whether a name can be a property: generated accessors are named after it, and an object keyed by paths,
     * addresses or ids ({@code /vms/100}, {@code 10.0.0.1}) is a map, not a record.
     */
    static boolean isMemberName(String name) {
        return name.length() <= 64 && MEMBER_NAME.matcher(name).matches();
    }

    private static Inferred scalar(String type) {
        return Inferred.of(JSON.objectNode().put("type", type), type);
    }

    private static boolean isText(JsonNode value, Pattern pattern) {
        return value.isTextual() && pattern.matcher(value.textValue()).matches();
    }

    private static String kinds(List<JsonNode> values) {
        Set<String> kinds = new TreeSet<>();
        values.forEach(v -> kinds.add(v.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        return String.join(", ", kinds);
    }
}
