package dev.pvecodegen.simulator.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Property;
import dev.pvecodegen.schema.model.PropertyStringFormat;
import dev.pvecodegen.simulator.http.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Invents a response that conforms to a returns type, for operations the simulator does not model. Deterministic:
 * the values depend only on the seed, the operation and the concrete path. Names with a meaning ({@code node},
 * {@code vmid}, {@code storage}) take the call's path variables; strings with a pattern or a known format get a
 * value that passes it; booleans are {@code 0}/{@code 1} as Perl handlers send them ({@code true}/{@code false} for PBS).
 */
public final class ResponseSynthesizer {
    private static final int MAX_DEPTH = 12;
    private static final String[] WORDS = {"alpha", "bravo", "delta", "local", "pve", "vmbr0", "main", "default"};

    private final long seed;
    private final SampleStrings samples;
    private final boolean jsonBooleans;

    /** @param jsonBooleans true for Rust-backed servers (PBS), which answer {@code true}/{@code false} */
    public ResponseSynthesizer(long seed, String nodeName, boolean jsonBooleans) {
        this.seed = seed;
        this.jsonBooleans = jsonBooleans;
        this.samples = new SampleStrings(nodeName);
    }

    /** A value of {@code type} for the call identified by {@code key} (operation key and concrete path). */
    public JsonNode generate(ApiType type, String key, Map<String, String> pathVariables) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        SplittableRandom random = new SplittableRandom(seed * 31 + crc.getValue());
        return value(type, null, random, pathVariables, 0);
    }

    private JsonNode value(ApiType type, String name, SplittableRandom random, Map<String, String> vars, int depth) {
        return type.accept(new Synthesis(name, random, vars, depth));
    }

    /** A value for the visited type; {@code name} is the property it is for, if any. */
    private final class Synthesis implements ApiType.Visitor<JsonNode> {
        private final String name;
        private final SplittableRandom random;
        private final Map<String, String> vars;
        private final int depth;

        Synthesis(String name, SplittableRandom random, Map<String, String> vars, int depth) {
            this.name = name;
            this.random = random;
            this.vars = vars;
            this.depth = depth;
        }

        @Override
        public JsonNode visitStringType(ApiType.StringType type) {
            return Json.NODES.textNode(samples.string(type, name, vars, random));
        }

        @Override
        public JsonNode visitIntegerType(ApiType.IntegerType type) {
            return Json.NODES.numberNode(integer(type, name, vars, random));
        }

        @Override
        public JsonNode visitNumberType(ApiType.NumberType type) {
            return Json.NODES.numberNode(number(type, random));
        }

        @Override
        public JsonNode visitBooleanType(ApiType.BooleanType type) {
            int bit = random.nextInt(2);
            return jsonBooleans ? Json.NODES.booleanNode(bit == 1) : Json.NODES.numberNode(bit);
        }

        @Override
        public JsonNode visitEnumType(ApiType.EnumType type) {
            String value = type.values().get(random.nextInt(type.values().size()));
            return type.base() == ApiType.ScalarKind.STRING ? Json.NODES.textNode(value) : numberOrText(value);
        }

        @Override
        public JsonNode visitArrayType(ApiType.ArrayType type) {
            ArrayNode items = Json.array();
            if (depth < MAX_DEPTH) {
                int count = 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    items.add(value(type.items(), name, random, vars, depth + 1));
                }
            }
            return items;
        }

        @Override
        public JsonNode visitObjectType(ApiType.ObjectType type) {
            return object(type, random, vars, depth);
        }

        @Override
        public JsonNode visitListStringType(ApiType.ListStringType type) {
            return Json.NODES.textNode(Json.text(value(type.element(), name, random, vars, depth + 1)));
        }

        @Override
        public JsonNode visitPropertyStringType(ApiType.PropertyStringType type) {
            return Json.NODES.textNode(propertyString(type.format(), random, vars, depth));
        }

        @Override
        public JsonNode visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return Json.NODES.textNode(samples.opaque(type.format()));
        }

        @Override
        public JsonNode visitOneOfType(ApiType.OneOfType type) {
            return type.variants().isEmpty()
                    ? Json.NODES.nullNode()
                    : value(type.variants().get(0).type(), name, random, vars, depth);
        }

        @Override
        public JsonNode visitAnyType(ApiType.AnyType type) {
            return Json.object(); // any JSON value fits: an empty object
        }

        @Override
        public JsonNode visitNullType(ApiType.NullType type) {
            return Json.NODES.nullNode();
        }

        @Override
        public JsonNode visitUpidType(ApiType.UpidType type) {
            return Json.NODES.textNode(samples.upid(vars));
        }
    }

    private JsonNode object(ApiType.ObjectType object, SplittableRandom random, Map<String, String> vars, int depth) {
        ObjectNode json = Json.object();
        if (depth >= MAX_DEPTH) {
            return json;
        }
        for (Property property : object.properties()) {
            String wireName = property.family().isPresent()
                    ? property.wireName(property.family().get().min())
                    : property.name();
            json.set(wireName, value(property.type(), property.name(), random, vars, depth + 1));
        }
        if (object.additional() instanceof AdditionalProperties.Typed typed) {
            json.set(WORDS[random.nextInt(WORDS.length)], value(typed.valueType(), null, random, vars, depth + 1));
        }
        return json;
    }

    private String propertyString(
            PropertyStringFormat format, SplittableRandom random, Map<String, String> vars, int depth) {
        List<String> parts = new ArrayList<>();
        for (Property key : format.keys()) {
            if (key.optional()
                    && !format.defaultKey().filter(key.name()::equals).isPresent()) {
                continue;
            }
            String text = Json.text(value(key.type(), key.name(), random, vars, depth + 1));
            parts.add(format.defaultKey().filter(key.name()::equals).isPresent() ? text : key.name() + "=" + text);
        }
        return String.join(",", parts);
    }

    private static long integer(
            ApiType.IntegerType integer, String name, Map<String, String> vars, SplittableRandom random) {
        long min = integer.minimum().map(BigDecimal::longValue).orElse(0L);
        long max = integer.maximum().map(BigDecimal::longValue).orElse(Math.max(min, 0) + 10_000);
        if ("vmid".equals(name) && vars.containsKey("vmid")) {
            try {
                return Long.parseLong(vars.get("vmid"));
            } catch (NumberFormatException e) {
                return Math.max(min, 100);
            }
        }
        long span = Math.min(max - min, 10_000);
        return min + (span <= 0 ? 0 : random.nextLong(span + 1));
    }

    private static BigDecimal number(ApiType.NumberType number, SplittableRandom random) {
        BigDecimal min = number.minimum().orElse(BigDecimal.ZERO);
        BigDecimal max = number.maximum().orElse(min.add(BigDecimal.ONE));
        BigDecimal fraction = BigDecimal.valueOf(random.nextInt(100)).movePointLeft(2);
        return min.add(max.subtract(min).multiply(fraction))
                .setScale(2, RoundingMode.DOWN)
                .max(min)
                .min(max);
    }

    private static JsonNode numberOrText(String value) {
        try {
            return Json.NODES.numberNode(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return Json.NODES.textNode(value);
        }
    }
}
