package dev.pvecodegen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PathGlobsTest {

    @Test
    void doubleStarSpansSegmentsAndIncludesTheBase() {
        Predicate<String> keep = PathGlobs.filter(List.of("/nodes/{node}/qemu/**"), List.of());
        assertThat(keep)
                .accepts("/nodes/{node}/qemu", "/nodes/{node}/qemu/{vmid}/status/start")
                .rejects("/nodes/{node}/lxc", "/cluster/resources");
    }

    @Test
    void singleStarStaysWithinASegmentAndExcludesWin() {
        Predicate<String> keep = PathGlobs.filter(List.of("/cluster/*"), List.of("/cluster/ha*"));
        assertThat(keep).accepts("/cluster/resources").rejects("/cluster/ha", "/cluster/sdn/vnets");
        assertThat(PathGlobs.filter(List.of(), List.of())).accepts("/anything");
    }
}
