package dev.pvecodegen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PveJsonTest {
    private static final ObjectMapper MAPPER = PveJson.newMapper();

    public record Guest(
            boolean running,
            Boolean template,
            long memory,
            Integer vmid,
            Double cpu,
            String name,
            Status status,
            List<String> tags) {}

    public enum Status {
        RUNNING,
        STOPPED,
        @JsonEnumDefaultValue
        UNKNOWN
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "\"1\"", "\"true\"", "\"on\"", "\"yes\""})
    void readsTrueInEveryServerSpelling(String json) throws Exception {
        Guest guest = MAPPER.readValue("{\"running\":" + json + ",\"template\":" + json + "}", Guest.class);
        assertThat(guest.running()).isTrue();
        assertThat(guest.template()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "\"0\"", "\"\"", "\"false\"", "\"off\"", "\"no\""})
    void readsFalseInEveryServerSpelling(String json) throws Exception {
        Guest guest = MAPPER.readValue("{\"running\":" + json + ",\"template\":" + json + "}", Guest.class);
        assertThat(guest.running()).isFalse();
        assertThat(guest.template()).isFalse();
    }

    @Test
    void readsNumbersFromStringsAndKeepsLongs() throws Exception {
        Guest guest = MAPPER.readValue(
                "{\"memory\":\"8589934592000\",\"vmid\":\"100\",\"cpu\":\"0.25\",\"name\":42}", Guest.class);
        assertThat(guest.memory()).isEqualTo(8_589_934_592_000L);
        assertThat(guest.vmid()).isEqualTo(100);
        assertThat(guest.cpu()).isEqualTo(0.25);
        assertThat(guest.name()).isEqualTo("42");
    }

    @Test
    void emptyStringNumbersReadAsAbsent() throws Exception {
        Guest guest = MAPPER.readValue("{\"memory\":\"\",\"vmid\":\"\"}", Guest.class);
        assertThat(guest.memory()).isZero();
        assertThat(guest.vmid()).isNull();
    }

    @Test
    void toleratesUnknownFieldsUnknownEnumsAndLoneValues() throws Exception {
        Guest guest = MAPPER.readValue("{\"brandnew\":{\"x\":1},\"status\":\"paused\",\"tags\":\"prod\"}", Guest.class);
        assertThat(guest.status()).isEqualTo(Status.UNKNOWN);
        assertThat(guest.tags()).containsExactly("prod");
    }

    @Test
    void nonsenseBooleanStillFailsClearly() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"running\":\"maybe\"}", Guest.class))
                .hasMessageContaining("maybe");
    }

    public record Flags(
            @JsonSerialize(using = NumericBooleanSerializer.class)
            Boolean onboot,

            @JsonSerialize(using = NumericBooleanSerializer.class)
            boolean protection) {}

    @Test
    void numericBooleanWriterRoundTripsThroughTheLenientReader() throws Exception {
        String json = MAPPER.writeValueAsString(new Flags(true, false));
        assertThat(json).isEqualTo("{\"onboot\":1,\"protection\":0}");
        assertThat(MAPPER.readValue(json, Flags.class)).isEqualTo(new Flags(true, false));
    }

    @Test
    void eachCallGivesAnIndependentMapper() {
        assertThat(PveJson.newMapper()).isNotSameAs(PveJson.newMapper());
    }
}
