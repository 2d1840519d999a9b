package dev.pvecodegen.generator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pvecodegen.runtime.support.Lenient;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Property;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures how much of real answers a client generated from a model types: each answer is matched to its
 * operation and walked against the operation's return type with the runtime's lenient rules ({@link Lenient},
 * property strings read as text or as JSON objects, drifted values kept raw), counting the fields reached through
 * declared accessors, those kept raw, and those the client would lose. Works on the model alone, so it measures a
 * schema with or without supplements before any code is generated.
 */
public final class CoverageMeter {

    private final OperationMatcher matcher;

    public CoverageMeter(ApiModel model) {
        this.matcher = new OperationMatcher(model);
    }

    /** Measures a file of answers ({@code [{method, path, data}, …]}) or a directory of answer files. */
    public CoverageReport measure(Path answers) {
        return measure(AnswerCorpus.read(answers));
    }

    public CoverageReport measure(List<Answer> answers) {
        return new CoverageReport(answers.stream().map(this::measure).toList());
    }

    public AnswerCoverage measure(Answer answer) {
        Optional<Operation> operation = matcher.match(answer.method(), answer.path());
        Walk walk = new Walk();
        if (operation.isEmpty()) {
            walk.problem = "no operation of the schema matches " + answer.method() + " " + answer.path();
        } else {
            walk.top(answer.data(), JavaShape.returned(operation.get()));
        }
        return new AnswerCoverage(
                answer,
                operation.map(Operation::key),
                walk.fields,
                walk.typed,
                walk.raw,
                walk.lost,
                walk.rawPaths,
                walk.familyPaths,
                walk.lostPaths,
                Optional.ofNullable(walk.problem));
    }

    /** The counters of one answer. */
    private static final class Walk {
        int fields;
        int typed;
        int raw;
        int lost;
        final List<String> rawPaths = new ArrayList<>();
        final List<String> familyPaths = new ArrayList<>();
        final List<String> lostPaths = new ArrayList<>();
        String problem;

        void top(JsonNode data, JavaShape shape) {
            int members = members(data);
            if (shape instanceof JavaShape.Discarded) {
                if (data.isNull() || (data.isContainerNode() && data.isEmpty())) {
                    return;
                }
                lose("", Math.max(1, members), "data on an operation generated as void is discarded");
                return;
            }
            if (members == 0) {
                // A scalar, or a list of scalars: one field, read by Jackson as the declared type or not at all.
                fields++;
                if (shape instanceof JavaShape.Raw) {
                    raw("");
                } else if (readsWhole(data, shape)) {
                    typed++;
                } else {
                    lose("", 0, "the answer does not fit " + shape);
                }
                return;
            }
            if (shape instanceof JavaShape.Raw) {
                fields += members;
                raw += members;
                rawPaths.add("");
                return;
            }
            if (!fitsContainer(data, shape)) {
                fields += members;
                lose("", members, "the answer is not the declared " + describe(shape) + ": the call fails");
                return;
            }
            contents(data, shape, "");
        }

        /** The members inside a value that the client reads into {@code shape} (a class, list or map). */
        void contents(JsonNode node, JavaShape shape, String path) {
            if (shape instanceof JavaShape.Object object) {
                object(node, object.type(), path);
            } else if (shape instanceof JavaShape.ListOf list) {
                JsonNode items = node.isArray()
                        ? node
                        : JsonNodeFactory.instance.arrayNode().add(node);
                for (int i = 0; i < items.size(); i++) {
                    contents(items.get(i), list.element(), path + "/" + i);
                }
            } else if (shape instanceof JavaShape.MapOf map) {
                node.fields().forEachRemaining(e -> field(e.getValue(), map.value(), path + "/" + e.getKey()));
            } else if (shape instanceof JavaShape.PropertyString && node.isObject()) {
                fields += node.size();
                typed += node.size();
            }
        }

        void object(JsonNode node, ApiType.ObjectType type, String path) {
            node.fields().forEachRemaining(member -> {
                String name = member.getKey();
                String at = path + "/" + escape(name);
                Optional<Property> declared = type.property(name).filter(p -> !p.isIndexed());
                if (declared.isPresent()) {
                    field(member.getValue(), JavaShape.of(declared.get().type()), at);
                    return;
                }
                Optional<Property> family = familyOf(type, name);
                if (family.isPresent() && familyMemberTyped(member.getValue(), family.get())) {
                    fields++;
                    typed++;
                    familyPaths.add(at);
                    return;
                }
                int inside = members(member.getValue());
                fields += 1 + inside;
                raw += 1 + inside;
                rawPaths.add(at);
            });
        }

        /** One declared field: typed, raw (drifted, or a {@code JsonNode}) or lost. */
        void field(JsonNode value, JavaShape shape, String path) {
            fields++;
            int inside = members(value);
            if (value.isNull()) {
                typed++; // null reads as absent and is written back as absent
                return;
            }
            if (shape instanceof JavaShape.Raw) {
                fields += inside;
                raw += 1 + inside;
                rawPaths.add(path);
                return;
            }
            if (shape instanceof JavaShape.Scalar scalar) {
                Optional<JsonNode> read = scalar(value, scalar.kind());
                if (read.isEmpty()) {
                    fields += inside;
                    raw += 1 + inside;
                    rawPaths.add(path);
                } else if (!WriteBack.equivalent(value, read.get())) {
                    lose(path, 1, null);
                } else {
                    typed++;
                }
                return;
            }
            if (shape instanceof JavaShape.PropertyString propertyString) {
                PropertyStringReading.Outcome outcome = PropertyStringReading.read(propertyString.format(), value);
                if (!outcome.fullyTyped()) {
                    fields += inside;
                    raw += 1 + inside;
                    rawPaths.add(path);
                    return;
                }
                typed++;
                contents(value, shape, path);
                return;
            }
            if (!fitsContainer(value, shape) || !readsWhole(value, shape)) {
                fields += inside;
                raw += 1 + inside;
                rawPaths.add(path);
                return;
            }
            typed++;
            if (shape instanceof JavaShape.ListOf && !value.isArray()) {
                lose(path, 0, null); // a lone value read as a one-element list is written back as a list
            }
            contents(value, shape, path);
        }

        void raw(String path) {
            raw++;
            rawPaths.add(path);
        }

        void lose(String path, int count, String why) {
            lost += count;
            if (count == 0) {
                lost++;
            }
            lostPaths.add(path);
            if (why != null && problem == null) {
                problem = why;
            }
        }
    }

    /** The family property ({@code net[n]}) a member name such as {@code net0} belongs to. */
    private static Optional<Property> familyOf(ApiType.ObjectType type, String name) {
        return type.properties().stream()
                .filter(Property::isIndexed)
                .filter(p -> name.length() > p.name().length()
                        && name.startsWith(p.name())
                        && name.length() - p.name().length() < 10
                        && name.substring(p.name().length()).chars().allMatch(Character::isDigit))
                .findFirst();
    }

    /** Whether the family accessor converts the member (it leaves out members it cannot convert). */
    private static boolean familyMemberTyped(JsonNode value, Property family) {
        JavaShape shape = JavaShape.of(family.type());
        if (shape instanceof JavaShape.Scalar scalar) {
            return scalar(value, scalar.kind()).isPresent();
        }
        if (shape instanceof JavaShape.PropertyString propertyString) {
            return PropertyStringReading.read(propertyString.format(), value).fullyTyped();
        }
        return false; // families of other types are handed out as Object
    }

    /** Whether a value is the JSON kind a class, list or map needs (a lone value passes as a one-element list). */
    private static boolean fitsContainer(JsonNode value, JavaShape shape) {
        if (shape instanceof JavaShape.Object || shape instanceof JavaShape.MapOf) {
            return value.isObject();
        }
        if (shape instanceof JavaShape.ListOf list) {
            return value.isArray() || !(list.element() instanceof JavaShape.Object) || value.isObject();
        }
        return true;
    }

    /** Whether every element of a list, value of a map, or the scalar itself reads as declared. */
    private static boolean readsWhole(JsonNode value, JavaShape shape) {
        if (shape instanceof JavaShape.Scalar scalar) {
            return scalar(value, scalar.kind()).isPresent();
        }
        if (shape instanceof JavaShape.PropertyString propertyString) {
            return PropertyStringReading.read(propertyString.format(), value).read();
        }
        if (shape instanceof JavaShape.ListOf list) {
            JsonNode items = value.isArray()
                    ? value
                    : JsonNodeFactory.instance.arrayNode().add(value);
            for (JsonNode item : items) {
                if (!item.isNull() && !(fitsContainer(item, list.element()) && readsWhole(item, list.element()))) {
                    return false;
                }
            }
            return true;
        }
        if (shape instanceof JavaShape.MapOf map) {
            for (JsonNode item : value) {
                if (!item.isNull() && !(fitsContainer(item, map.value()) && readsWhole(item, map.value()))) {
                    return false;
                }
            }
            return true;
        }
        return true;
    }

    /** The value as the client reads it and writes it back, or empty when {@link Lenient} refuses it. */
    static Optional<JsonNode> scalar(JsonNode value, JavaShape.Kind kind) {
        if (value.isContainerNode()) {
            return Optional.empty();
        }
        Object raw = PropertyStringReading.scalar(value);
        JsonNodeFactory json = JsonNodeFactory.instance;
        try {
            return Optional.of(
                    switch (kind) {
                        case STRING, ENUM -> json.textNode(Lenient.toText(raw));
                        case LONG -> json.numberNode(Lenient.toLong(raw));
                        case INTEGER -> json.numberNode(Lenient.toInteger(raw));
                        case DOUBLE -> json.numberNode(BigDecimal.valueOf(Lenient.toDouble(raw)));
                        case BOOLEAN -> json.booleanNode(Lenient.toBoolean(raw));
                    });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Members of JSON objects at every depth inside a value. */
    static int members(JsonNode node) {
        int count = 0;
        if (node.isObject()) {
            count += node.size();
        }
        for (JsonNode child : node) {
            count += members(child);
        }
        return count;
    }

    private static String describe(JavaShape shape) {
        if (shape instanceof JavaShape.ListOf) {
            return "list";
        }
        return shape instanceof JavaShape.MapOf ? "map" : "object";
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
