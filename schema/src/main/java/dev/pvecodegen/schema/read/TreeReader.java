package dev.pvecodegen.schema.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the tree of a parser's current value with the nodes {@code ObjectMapper.readTree} would build (same node
 * factory, same number types), without an {@code ObjectMapper}: creating one and finding its tree deserializer is
 * a large share of a short run's start-up, and reading a tree needs neither. Nesting is bounded by the parser's
 * {@code maxNestingDepth}, so the recursion is too; duplicate keys are rejected by the parser.
 */
final class TreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeReader() {}

    /** The value starting at {@code token}, the parser's current token; the parser ends on its last token. */
    static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            // The parser reports input that ends inside a value itself; this only guards the switch.
            throw new JsonParseException(parser, "Unexpected end-of-input: a value was expected");
        }
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            // As databind reads floats of JSON text by default: a double (no BigDecimal features are enabled).
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("unexpected token " + token + " at the start of a value");
        };
    }

    private static ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            object.set(name, value(parser, parser.nextToken()));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token));
        }
        return array;
    }

    /** The smallest of int, long and big integer that holds the value, as databind chooses. */
    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }
}
