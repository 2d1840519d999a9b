package dev.pvecodegen.generator.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ValueInference}, on the values of one field, and the values each rule refuses. */
class ValueInferenceTest {

    private static final ApiModel MODEL = Basics.model(LoadOptions.defaults());
    private final ValueInference inference = new ValueInference(
            new FormatMatcher(MODEL, Binder.bind(MODEL, GeneratorOptions.defaults("dev.test")), Basics.tree()));

    private ValueInference.Inferred infer(String... values) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String value : values) {
            try {
                nodes.add(Basics.JSON.readTree(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return inference.infer(nodes);
    }

    private String schema(String... values) {
        ValueInference.Inferred inferred = infer(values);
        assertThat(inferred.schema()).as(inferred.description()).isPresent();
        return inferred.schema().get().toString();
    }

    @Test
    void integersAlsoFromNumericStrings() {
        assertThat(schema("3", "17", "\"42\"", "null")).isEqualTo("{\"type\":\"integer\"}");
        // only strings, even of digits: text (a build "2026.1", a serial "0042")
        assertThat(schema("\"2026.1\"", "\"0042\"")).isEqualTo("{\"type\":\"string\"}");
    }

    @Test
    void numbersWhenSomeHaveAFraction() {
        assertThat(schema("3", "0.25", "\"1.5\"")).isEqualTo("{\"type\":\"number\"}");
    }

    @Test
    void booleansFromJsonBooleansOrFromBothZeroAndOne() {
        assertThat(schema("true", "false")).isEqualTo("{\"type\":\"boolean\"}");
        assertThat(schema("0", "1", "1")).isEqualTo("{\"type\":\"boolean\"}");
        // only 1 (or only 0) seen: maybe a counter, and an integer reads a flag as well
        assertThat(schema("1", "1", "1")).isEqualTo("{\"type\":\"integer\"}");
        assertThat(schema("0", "1", "2")).isEqualTo("{\"type\":\"integer\"}");
    }

    @Test
    void aKnownPropertyStringFormatWhenItsValueClassReadsEveryValue() {
        ValueInference.Inferred inferred =
                infer("\"virtio=BC:24:11:2A:3B:4C,bridge=vmbr0\"", "\"model=e1000,bridge=vmbr1,firewall=1\"");

        assertThat(inferred.description()).startsWith("property string like qemu");
        assertThat(inferred.schema()
                        .orElseThrow()
                        .path("format")
                        .path("bridge")
                        .path("type")
                        .asText())
                .isEqualTo("string");
        // a key the format does not have: no format, a plain string
        assertThat(schema("\"virtio=BC:24:11:2A:3B:4C,colour=blue\"")).isEqualTo("{\"type\":\"string\"}");
    }

    @Test
    void enumsWhenFewValuesRepeat() {
        assertThat(schema("\"low\"", "\"high\"", "\"low\"", "\"low\""))
                .isEqualTo("{\"type\":\"string\",\"enum\":[\"high\",\"low\"]}");
        // fewer than four values seen, or every value different, or not words: strings
        assertThat(schema("\"low\"", "\"high\"", "\"low\"")).isEqualTo("{\"type\":\"string\"}");
        assertThat(schema("\"a\"", "\"b\"", "\"c\"", "\"d\"")).isEqualTo("{\"type\":\"string\"}");
        assertThat(schema("\"a b\"", "\"a b\"", "\"a b\"", "\"a b\"")).isEqualTo("{\"type\":\"string\"}");
        assertThat(ValueInference.enumValues(List.of(
                        "a", "b", "c", "d", "e", "f", "g", "h", "i", "a", "b", "c", "d", "e", "f", "g", "h", "i")))
                .as("more than " + ValueInference.ENUM_MAX_DISTINCT + " distinct values")
                .isEmpty();
    }

    @Test
    void objectsRecursivelyFromTheMembersOfAllValues() {
        assertThat(schema("{\"name\": \"acme\", \"abi\": 7}", "{\"name\": \"other\", \"tags\": [\"x\", \"y\"]}"))
                .isEqualTo(
                        "{\"type\":\"object\",\"properties\":{\"abi\":{\"type\":\"integer\"},"
                                + "\"name\":{\"type\":\"string\"},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}");
    }

    @Test
    void arraysFromAllTheirElements() {
        assertThat(schema("[{\"id\": 1}, {\"id\": 2, \"up\": true}]", "[]"))
                .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
                        + "\"id\":{\"type\":\"integer\"},\"up\":{\"type\":\"boolean\"}}}}");
    }

    @Test
    void whatNoRuleFitsIsNotInferred() {
        assertThat(infer("1", "\"one\"").description()).isEqualTo("values of different JSON types (number, string)");
        assertThat(infer("null", "null").description()).isEqualTo("only null values");
        assertThat(infer("[]").description()).isEqualTo("only empty lists");
        assertThat(infer("{}").description()).isEqualTo("only empty objects");
        assertThat(infer("{\"/vms/100\": 1}").schema())
                .as("keys that are no field names: a map")
                .isEmpty();
    }
}
