package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path out;

    @Test
    void writesNewFilesAndCreatesDirectories() throws Exception {
        OutputFiles.Report report =
                new OutputFiles(out).sync(files("a/A.java", "class A {}", "B.java", "class B {}"), List.of());

        assertThat(report).isEqualTo(new OutputFiles.Report(2, 0, 0));
        assertThat(out.resolve("a/A.java")).hasContent("class A {}");
        assertThat(out.resolve("B.java")).hasContent("class B {}");
    }

    @Test
    void leavesIdenticalFilesAndTheirTimestampsAlone() throws Exception {
        OutputFiles writer = new OutputFiles(out);
        writer.sync(files("a/A.java", "class A {}", "a/B.java", "class B {}"), List.of());
        Files.setLastModifiedTime(out.resolve("a/A.java"), LONG_AGO);
        Files.setLastModifiedTime(out.resolve("a/B.java"), LONG_AGO);

        OutputFiles.Report report = writer.sync(
                files("a/A.java", "class A {}", "a/B.java", "class B { int x; }"), List.of("a/A.java", "a/B.java"));

        assertThat(report).isEqualTo(new OutputFiles.Report(1, 1, 0));
        assertThat(Files.getLastModifiedTime(out.resolve("a/A.java"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve("a/B.java"))).isNotEqualTo(LONG_AGO);
        assertThat(out.resolve("a/B.java")).hasContent("class B { int x; }");
    }

    @Test
    void removesOwnOrphansAndTheirEmptyDirectoriesButNotForeignFiles() throws Exception {
        OutputFiles writer = new OutputFiles(out);
        writer.sync(files("old/pkg/Gone.java", "class Gone {}", "keep/Kept.java", "class Kept {}"), List.of());
        Files.writeString(out.resolve("keep/OtherExecution.java"), "class OtherExecution {}");

        OutputFiles.Report report =
                writer.sync(files("keep/Kept.java", "class Kept {}"), List.of("old/pkg/Gone.java", "keep/Kept.java"));

        assertThat(report).isEqualTo(new OutputFiles.Report(0, 1, 1));
        assertThat(out.resolve("old")).doesNotExist();
        assertThat(out.resolve("keep/OtherExecution.java")).exists();
        assertThat(out).isDirectory();
    }

    @Test
    void refusesPathsOutsideTheOutputDirectory() {
        OutputFiles writer = new OutputFiles(out);
        for (String escaping : List.of(
                "../Evil.java", "a/../../Evil.java", out.resolve("Abs.java").toString(), "")) {
            assertThatThrownBy(() -> writer.sync(files(escaping, "x"), List.of()))
                    .as(escaping)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not inside the output directory");
        }
        assertThat(out.getParent().resolve("Evil.java")).doesNotExist();
    }

    @Test
    void ignoresAStampListingFilesOutsideTheOutputDirectory() throws Exception {
        Path outside = Files.writeString(out.getParent().resolve(out.getFileName() + "-victim.txt"), "keep me");
        try {
            new OutputFiles(out).sync(files("A.java", "class A {}"), List.of("../" + outside.getFileName()));
            assertThat(outside).exists();
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private static Map<String, String> files(String... pathsAndContents) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return files;
    }
}
