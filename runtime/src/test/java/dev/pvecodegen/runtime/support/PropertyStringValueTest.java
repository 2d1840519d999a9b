package dev.pvecodegen.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.json.PveJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-string values read from answers: both the text and the JSON-object form into the same value, written back
 * in the form read while unchanged, canonical once changed. {@link Retention} is written the way the generator
 * writes value classes.
 */
class PropertyStringValueTest {

    private static final ObjectMapper MAPPER = PveJson.newMapper();

    /** A value class as the generator emits it, for the prune-backups keys. */
    static final class Retention extends PropertyStringValue {
        private static final PropertyStringSpec SPEC = PropertyStringSpec.of("keep-last", "keep-last", "keep-all");
        private final Long keepLast;
        private final Boolean keepAll;

        private Retention(Builder builder) {
            super(builder);
            this.keepLast = builder.keepLast;
            this.keepAll = builder.keepAll;
        }

        static Retention parse(String text) {
            return fromFields(SPEC.read(text));
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Retention fromJson(Object json) {
            return fromFields(SPEC.read(json));
        }

        private static Retention fromFields(PropertyStringFields fields) {
            Builder builder = new Builder();
            builder.keepLast = fields.longValue("keep-last");
            builder.keepAll = fields.bool("keep-all");
            return new Retention(builder.fromRead(fields));
        }

        Builder toBuilder() {
            Builder builder = new Builder().fromValue(this);
            builder.keepLast = keepLast;
            builder.keepAll = keepAll;
            return builder;
        }

        @Override
        public String wireValue() {
            return SPEC.writer()
                    .put("keep-last", keepLast)
                    .put("keep-all", keepAll)
                    .extras(extraEntries())
                    .toString();
        }

        static final class Builder extends PropertyStringValue.Builder<Builder> {
            private Long keepLast;
            private Boolean keepAll;

            Builder keepLast(long value) {
                this.keepLast = value;
                return this;
            }

            Retention build() {
                return new Retention(this);
            }

            @Override
            protected Builder self() {
                return this;
            }
        }
    }

    @Test
    void theObjectFormReadsIntoTheSameValueAsTheText() throws Exception {
        Retention fromObject = MAPPER.readValue("{\"keep-last\": 3, \"keep-all\": 0}", Retention.class);
        Retention fromText = MAPPER.readValue("\"keep-last=3,keep-all=0\"", Retention.class);

        assertThat(fromObject).isEqualTo(fromText);
        assertThat(fromObject.keepLast).isEqualTo(3L);
        assertThat(fromObject.keepAll).isFalse();
        assertThat(fromObject.wireValue()).isEqualTo("3,keep-all=0");
    }

    @Test
    void anUnchangedValueIsWrittenBackInTheFormItWasRead() throws Exception {
        String object = "{\"keep-last\":3,\"keep-all\":0}";
        String text = "\"keep-last=3,keep-all=0\"";

        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(object, Retention.class)))
                .isEqualTo(object);
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(text, Retention.class)))
                .as("the default key stays spelled out")
                .isEqualTo(text);
        Retention read = Retention.parse("keep-last=3");
        assertThat(MAPPER.writeValueAsString(read.toBuilder().build())).isEqualTo("\"keep-last=3\"");
    }

    @Test
    void aChangedValueIsWrittenInCanonicalForm() throws Exception {
        Retention read = MAPPER.readValue("{\"keep-last\": 3}", Retention.class);

        Retention changed = read.toBuilder().keepLast(5).build();

        assertThat(MAPPER.writeValueAsString(changed)).isEqualTo("\"5\"");
        assertThat(changed.jsonValue()).isEqualTo("5");
    }

    @Test
    void aValueBuiltInCodeHasNoSourceForm() {
        assertThat(new Retention.Builder().keepLast(2).build().jsonValue()).isEqualTo("2");
    }

    @Test
    void anObjectMemberThatIsNotAScalarIsRefused() {
        assertThatThrownBy(() -> Retention.fromJson(Map.of("keep-last", Map.of("x", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Retention.fromJson(List.of("keep-last=3")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
