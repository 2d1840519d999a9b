package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTest {

    @TempDir
    Path dir;

    @Test
    void hashesAFileAndRecordsItsAttributes() throws Exception {
        Path file = Files.writeString(dir.resolve("schema.json"), "[]");
        FileDigests digests = new FileDigests(Map.of());

        assertThat(digests.sha256(file)).isEqualTo(Sha256.hex("[]"));
        assertThat(digests.used()).containsOnlyKeys(file.toAbsolutePath().toString());
        assertThat(digests.used().values())
                .singleElement()
                .extracting(FileDigests.Entry::size)
                .isEqualTo(2L);
    }

    @Test
    void reusesTheRecordedDigestWhileSizeAndTimeAreUnchanged() throws Exception {
        Path file = Files.writeString(dir.resolve("schema.json"), "[]");
        FileDigests first = new FileDigests(Map.of());
        first.sha256(file);
        // A recorded digest that is deliberately not the content's: proves it was reused, not recomputed.
        FileDigests.Entry recorded = first.used().values().iterator().next();
        Map<String, FileDigests.Entry> previous = Map.of(
                file.toAbsolutePath().toString(),
                new FileDigests.Entry("recorded", recorded.size(), recorded.modifiedMicros()));

        assertThat(new FileDigests(previous).sha256(file)).isEqualTo("recorded");
    }

    @Test
    void hashesAgainWhenTheFileChanged() throws Exception {
        Path file = Files.writeString(dir.resolve("schema.json"), "[]");
        FileDigests first = new FileDigests(Map.of());
        first.sha256(file);
        Map<String, FileDigests.Entry> previous = first.used();

        Files.writeString(file, "[1]");
        assertThat(new FileDigests(previous).sha256(file)).isEqualTo(Sha256.hex("[1]"));

        Files.writeString(file, "[]");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertThat(new FileDigests(Map.of(file.toAbsolutePath().toString(), new FileDigests.Entry("stale", 2, 1)))
                        .sha256(file))
                .isEqualTo(Sha256.hex("[]"));
    }
}
