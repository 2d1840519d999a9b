package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StampInputsTest {

    private static final StampInputs BASE = new StampInputs("s", "g", "p", List.of("/a"), List.of("/b"));

    @Test
    void digestIsStableAndHex() {
        assertThat(BASE.digest())
                .isEqualTo(new StampInputs("s", "g", "p", List.of("/a"), List.of("/b")).digest())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void everyInputChangesTheDigest() {
        Set<String> digests = Stream.of(
                        BASE,
                        new StampInputs("s2", "g", "p", List.of("/a"), List.of("/b")),
                        new StampInputs("s", "g2", "p", List.of("/a"), List.of("/b")),
                        new StampInputs("s", "g", "p2", List.of("/a"), List.of("/b")),
                        new StampInputs("s", "g", "p", List.of("/a", "/c"), List.of("/b")),
                        new StampInputs("s", "g", "p", List.of("/a"), List.of()),
                        // the same globs moved between includes and excludes
                        new StampInputs("s", "g", "p", List.of("/a", "/b"), List.of()),
                        new StampInputs("s", "g", "p", List.of(), List.of("/a", "/b")),
                        // the supplements applied (issue 11): none, or a user's file after the shipped one
                        new StampInputs("s", "g", "p", List.of("/a"), List.of("/b"), List.of()),
                        new StampInputs(
                                "s", "g", "p", List.of("/a"), List.of("/b"), List.of("shipped", "file x.json abc")))
                .map(StampInputs::digest)
                .collect(Collectors.toSet());
        assertThat(digests).hasSize(10);
    }
}
