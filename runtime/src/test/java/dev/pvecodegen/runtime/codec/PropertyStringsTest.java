package dev.pvecodegen.runtime.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.pvecodegen.runtime.codec.PropertyStrings.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyStringsTest {
    /** Characters that matter to the grammar or to encodings, plus ordinary ones. */
    private static final String[] ALPHABET = {
        "a",
        "b",
        "Z",
        "0",
        "9",
        "=",
        ",",
        ";",
        "\"",
        "'",
        "\\",
        " ",
        "\t",
        "\n",
        ":",
        "/",
        "-",
        "_",
        "%",
        "+",
        "ä",
        "€",
        "日",
        "\uD83D\uDE00",
        "\u0000",
        "\u00A0",
        "\uD800",
        "="
    };

    @Test
    void splitsKeyValuesAndTheBareDefaultValue() {
        assertThat(PropertyStrings.split("virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0,firewall=1"))
                .containsExactly(
                        Entry.of("virtio", "AA:BB:CC:DD:EE:FF"),
                        Entry.of("bridge", "vmbr0"),
                        Entry.of("firewall", "1"));
        assertThat(PropertyStrings.split("local-lvm:vm-100-disk-0,size=32G"))
                .containsExactly(Entry.bare("local-lvm:vm-100-disk-0"), Entry.of("size", "32G"));
        assertThat(PropertyStrings.split("2048")).containsExactly(Entry.bare("2048"));
    }

    @Test
    void valueKeepsEverythingAfterTheFirstEquals() {
        assertThat(PropertyStrings.split("args=-a=b,trunks=10;20"))
                .containsExactly(Entry.of("args", "-a=b"), Entry.of("trunks", "10;20"));
    }

    @Test
    void blankPartsAreSkippedLikeTheServerDoes() {
        assertThat(PropertyStrings.split(",a=1,, ,b=")).containsExactly(Entry.of("a", "1"), Entry.of("b", ""));
        assertThat(PropertyStrings.split("")).isEmpty();
    }

    @Test
    void emptyKeyIsAParseError() {
        assertThatThrownBy(() -> PropertyStrings.split("a=1,=2"))
                .isInstanceOf(PropertyStringParseException.class)
                .hasMessageContaining("offset 4");
        assertThatThrownBy(() -> PropertyStrings.split(null)).isInstanceOf(PropertyStringParseException.class);
    }

    @Test
    void joinIsTheInverseOfSplit() {
        List<Entry> entries = List.of(
                Entry.bare("local:iso/x.iso"),
                Entry.of("media", "cdrom"),
                Entry.of("empty", ""),
                Entry.of("q", "\"quoted\""));
        assertThat(PropertyStrings.join(entries)).isEqualTo("local:iso/x.iso,media=cdrom,empty=,q=\"quoted\"");
        assertThat(PropertyStrings.split(PropertyStrings.join(entries))).isEqualTo(entries);
    }

    @Test
    void joinRefusesWhatTheGrammarCannotExpress() {
        assertThatThrownBy(() -> PropertyStrings.join(List.of(Entry.of("a", "x,y"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("','");
        assertThatThrownBy(() -> PropertyStrings.join(List.of(Entry.bare("a=b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertyStrings.join(List.of(Entry.bare(" "))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertyStrings.join(List.of(Entry.of("", "v"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertyStrings.join(List.of(Entry.of("k=", "v"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "on", "YES", "True"})
    void trueWords(String word) {
        assertThat(PropertyStrings.parseBoolean(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "OFF", "no", "false"})
    void falseWords(String word) {
        assertThat(PropertyStrings.parseBoolean(word)).isFalse();
    }

    @Test
    void otherBooleansAndNumbersFailWithTheParseException() {
        assertThatThrownBy(() -> PropertyStrings.parseBoolean("2")).isInstanceOf(PropertyStringParseException.class);
        assertThatThrownBy(() -> PropertyStrings.parseBoolean(null)).isInstanceOf(PropertyStringParseException.class);
        assertThatThrownBy(() -> PropertyStrings.parseLong("size", "12G"))
                .isInstanceOf(PropertyStringParseException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> PropertyStrings.parseDouble("cpu", "NaN"))
                .isInstanceOf(PropertyStringParseException.class);
        assertThat(PropertyStrings.parseDouble("cpu", "0.5")).isEqualTo(0.5);
        assertThat(PropertyStrings.parseLong("n", " 42 ")).isEqualTo(42);
        assertThat(PropertyStrings.formatBoolean(true)).isEqualTo("1");
    }

    /** Random and adversarial text: split never throws anything but its parse exception, and is stable. */
    @RepeatedTest(3)
    void fuzzSplitNeverThrowsOtherExceptionsAndRoundTrips() {
        SplittableRandom random = new SplittableRandom();
        for (int i = 0; i < 4_000; i++) {
            String text = randomText(random, random.nextInt(0, 40));
            List<Entry> entries;
            try {
                entries = PropertyStrings.split(text);
            } catch (PropertyStringParseException expected) {
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("split threw " + e + " for " + escape(text), e);
            }
            // What was read can be written and reads back identically.
            String joined = PropertyStrings.join(entries);
            if (!PropertyStrings.split(joined).equals(entries)) {
                fail("round trip changed " + escape(text) + " into " + escape(joined));
            }
        }
    }

    /** Random entries: join either refuses with IllegalArgumentException or round-trips exactly. */
    @RepeatedTest(3)
    void fuzzJoinRoundTripsWhatItFormats() {
        SplittableRandom random = new SplittableRandom();
        int formatted = 0;
        for (int i = 0; i < 4_000; i++) {
            List<Entry> entries = new ArrayList<>();
            int count = random.nextInt(0, 5);
            for (int e = 0; e < count; e++) {
                String value = randomText(random, random.nextInt(0, 8));
                entries.add(
                        random.nextInt(4) == 0
                                ? Entry.bare(value)
                                : Entry.of(randomText(random, random.nextInt(0, 6)), value));
            }
            String text;
            try {
                text = PropertyStrings.join(entries);
            } catch (PropertyStringParseException e) {
                fail("join must not report a parse error: " + e);
                return;
            } catch (IllegalArgumentException refused) {
                continue;
            }
            formatted++;
            if (!PropertyStrings.split(text).equals(entries)) {
                fail("join wrote " + escape(text) + " which reads back as " + PropertyStrings.split(text)
                        + " instead of " + entries);
            }
        }
        assertThat(formatted).as("enough random inputs were formattable").isGreaterThan(400);
    }

    private static String randomText(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
