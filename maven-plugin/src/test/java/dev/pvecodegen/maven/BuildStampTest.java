package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStampTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsDigestAndSortedFiles() throws Exception {
        Path file = dir.resolve("pvecodegen/default.sha256");
        SortedMap<String, FileDigests.Entry> inputs = new TreeMap<>(
                Map.of("/shared/apidoc/pve 9.2.json", new FileDigests.Entry("d1d2", 1405816, 1_764_300_000_123_456L)));
        new BuildStamp("abc", List.of("b/B.java", "a/A.java"), 42, inputs, "/p/target/gen").write(file);

        assertThat(BuildStamp.read(file))
                .contains(new BuildStamp("abc", List.of("a/A.java", "b/B.java"), 42, inputs, "/p/target/gen"));
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void missingOrForeignStampReadsAsNone() throws Exception {
        assertThat(BuildStamp.read(dir.resolve("none.sha256"))).isEmpty();
        Path garbage = Files.writeString(dir.resolve("garbage.sha256"), "not a stamp\n");
        assertThat(BuildStamp.read(garbage)).isEmpty();
    }

    @Test
    void presentNeedsEveryListedFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/A.java"), "class A {}");
        BuildStamp stamp = new BuildStamp("abc", List.of("a/A.java"), 1, new TreeMap<>(), out.toString());

        assertThat(stamp.presentIn(out)).isTrue();
        assertThat(stamp.presentIn(dir.resolve("elsewhere"))).isFalse();
        assertThat(stamp.movedTo(dir.resolve("elsewhere")).outputDirectory())
                .isEqualTo(dir.resolve("elsewhere").toString());

        Files.delete(out.resolve("a/A.java"));
        assertThat(stamp.presentIn(out))
                .as("a deleted generated file forces regeneration")
                .isFalse();
    }
}
