package dev.pvecodegen.generator.learn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.generator.coverage.AnswerCoverage;
import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the coverage meter found raw in one answer into the places of the operation's schema a supplement
 * entry can describe. A raw field's JSON pointer in the answer ({@code /3/maxdisk}) is followed through the model's
 * types ({@code 3} is an item of the list: {@code /items}) to the object that holds it; the field is then either
 * undeclared there, or declared with a type its values do not have. A field the schema declares as an open object
 * ({@code {}} or an object without properties) has its members learned as that object's properties.
 */
final class RawFieldLocator {

    /** A field's site and its value in this answer. */
    record Observation(FieldSite site, JsonNode value) {}

    private final List<Observation> observations = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private RawFieldLocator() {}

    /**
     * Locates the raw fields and the data on a {@code void} operation of one measured answer.
     *
     * @param skipped receives one line per raw field that no entry can describe, with the reason
     */
    static List<Observation> locate(Operation operation, AnswerCoverage coverage, List<String> skipped) {
        RawFieldLocator locator = new RawFieldLocator();
        JsonNode data = coverage.answer().data();
        ApiType returns = operation.returns().type();
        if (returns instanceof ApiType.NullType) {
            if (coverage.answer().hasData()) {
                locator.observations.add(new Observation(
                        new FieldSite(operation, "", "", FieldSite.Kind.DATA_ON_VOID, Optional.empty()), data));
            }
        } else {
            for (String rawPath : coverage.rawPaths()) {
                locator.rawField(operation, returns, data, rawPath);
            }
        }
        locator.skipped.forEach(line -> skipped.add(coverage.answer().source() + ": " + line));
        return locator.observations;
    }

    private void rawField(Operation operation, ApiType returns, JsonNode data, String rawPath) {
        List<String> tokens = tokens(rawPath);
        ApiType type = returns;
        JsonNode node = data;
        String pointer = "";
        for (int i = 0; i < tokens.size() - 1; i++) {
            String token = tokens.get(i);
            if (type instanceof ApiType.ArrayType array && node.isArray() && isIndex(token)) {
                type = array.items();
                node = node.path(Integer.parseInt(token));
                pointer += "/items";
            } else if (type instanceof ApiType.ObjectType object
                    && declared(object, token).isPresent()) {
                type = declared(object, token).get().type();
                node = node.path(token);
                pointer += "/properties/" + escape(token);
            } else {
                skipped.add(operation.key() + " " + rawPath + ": inside " + describe(type) + ", which a supplement"
                        + " entry cannot point into");
                return;
            }
            if (node.isMissingNode()) {
                return; // a lone value read as a one-element list: nothing of it is raw
            }
        }
        if (tokens.isEmpty()) {
            openObject(operation, type, data, pointer, rawPath);
            return;
        }
        String name = tokens.get(tokens.size() - 1);
        JsonNode value = node.path(name);
        if (!(type instanceof ApiType.ObjectType object) || value.isMissingNode()) {
            skipped.add(operation.key() + " " + rawPath + ": a member of " + describe(type) + ", not of an object");
            return;
        }
        Optional<Property> property = declared(object, name);
        if (property.isEmpty()) {
            if (object.properties().stream().anyMatch(p -> p.isIndexed() && isMember(p, name))) {
                skipped.add(operation.key() + " " + rawPath + ": a member of the family " + name.replaceAll("\\d+$", "")
                        + "[n] whose value its type does not read");
            } else {
                observations.add(new Observation(
                        new FieldSite(operation, pointer, name, FieldSite.Kind.UNDECLARED, Optional.empty()), value));
            }
            return;
        }
        if (isOpen(property.get().type()) && value.isObject()) {
            openObject(operation, property.get().type(), value, pointer + "/properties/" + escape(name), rawPath);
            return;
        }
        observations.add(
                new Observation(new FieldSite(operation, pointer, name, FieldSite.Kind.DRIFTED, property), value));
    }

    /** An object the schema leaves open: each member is a field of it no declaration names. */
    private void openObject(Operation operation, ApiType type, JsonNode value, String pointer, String rawPath) {
        String where = operation.key() + " " + (rawPath.isEmpty() ? "(the whole answer)" : rawPath);
        if (!isOpen(type)) {
            skipped.add(where + ": not of the declared shape (" + describe(type) + "), so the call fails: not learned");
            return;
        }
        if (!value.isObject()) {
            skipped.add(where + ": " + describe(type) + " that is not an object: not learned");
            return;
        }
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            observations.add(new Observation(
                    new FieldSite(operation, pointer, member.getKey(), FieldSite.Kind.UNDECLARED, Optional.empty()),
                    member.getValue()));
        }
    }

    /** A schema that declares nothing ({@code {}}), or an object without properties or other members. */
    private static boolean isOpen(ApiType type) {
        return (type instanceof ApiType.AnyType any && any.undeclared())
                || (type instanceof ApiType.ObjectType object
                        && object.properties().isEmpty()
                        && object.discriminator().isEmpty()
                        && !(object.additional() instanceof AdditionalProperties.Typed));
    }

    private static Optional<Property> declared(ApiType.ObjectType object, String name) {
        return object.properties().stream()
                .filter(p -> !p.isIndexed() && p.name().equals(name))
                .findFirst();
    }

    private static boolean isMember(Property family, String name) {
        return name.startsWith(family.name())
                && name.length() > family.name().length()
                && name.substring(family.name().length()).chars().allMatch(Character::isDigit);
    }

    private static String describe(ApiType type) {
        if (type instanceof ApiType.ObjectType object) {
            return object.additional() instanceof AdditionalProperties.Typed ? "a map" : "an object";
        }
        if (type instanceof ApiType.ArrayType) {
            return "a list";
        }
        if (type instanceof ApiType.AnyType) {
            return "a value the schema leaves open";
        }
        return "a " + type.getClass().getSimpleName().replace("Type", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
