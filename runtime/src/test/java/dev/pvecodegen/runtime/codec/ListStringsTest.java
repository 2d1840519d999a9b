package dev.pvecodegen.runtime.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.runtime.WireValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListStringsTest {

    @Test
    void splitsLikeTheServersSplitList() {
        assertThat(ListStrings.split("100,101;102  103\t104")).containsExactly("100", "101", "102", "103", "104");
        assertThat(ListStrings.split(" ,net1,,unused0 ")).containsExactly("net1", "unused0");
        assertThat(ListStrings.split("a b\0c,d\0")).containsExactly("a b", "c,d");
        assertThat(ListStrings.split(null)).isEmpty();
        assertThat(ListStrings.split("")).isEmpty();
    }

    @Test
    void joinsWireTextsAndSkipsNulls() {
        WireValue tag = () -> "prod";
        assertThat(ListStrings.join(Arrays.asList(100, null, 101), ",")).isEqualTo("100,101");
        assertThat(ListStrings.join(List.of(tag, true), ";")).isEqualTo("prod;1");
        assertThat(ListStrings.join(List.of("a b", "c,d"), "\0")).isEqualTo("a b\0c,d");
    }

    @Test
    void joinRefusesItemsThatWouldSplitDifferently() {
        assertThatThrownBy(() -> ListStrings.join(List.of("a b"), ",")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListStrings.join(List.of(""), ",")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListStrings.join(List.of("a\0"), "\0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void joinThenSplitRoundTrips() {
        List<String> items = List.of("scsi0", "net1", "unused0");
        assertThat(ListStrings.split(ListStrings.join(items, ","))).isEqualTo(items);
    }
}
