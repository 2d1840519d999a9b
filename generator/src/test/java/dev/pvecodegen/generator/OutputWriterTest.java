package dev.pvecodegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    private static final GeneratedSources ONE =
            new GeneratedSources(List.of(new GeneratedFile("a/A.java", "class A {}\n")));
    private static final GeneratedSources TWO =
            new GeneratedSources(List.of(new GeneratedFile("b/B.java", "class B {}\n")));

    @TempDir
    Path temp;

    @Test
    void createsTheDirectoryWithAMarkerAndReplacesItWholeOnTheNextRun() throws Exception {
        Path out = temp.resolve("out");
        OutputWriter.replaceAtomically(ONE, out);
        assertThat(out.resolve("a/A.java")).hasContent("class A {}");
        assertThat(out.resolve(OutputWriter.MARKER)).exists();
        OutputWriter.replaceAtomically(TWO, out);
        assertThat(out.resolve("b/B.java")).exists();
        assertThat(out.resolve("a")).doesNotExist();
        try (var siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).toList()).containsExactly("out");
        }
    }

    @Test
    void refusesANonEmptyDirectoryItDidNotCreateAndLeavesItAlone() throws Exception {
        Path out = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "precious");
        assertThatThrownBy(() -> OutputWriter.replaceAtomically(ONE, out))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to overwrite");
        assertThat(out.resolve("notes.txt")).hasContent("precious");
        assertThat(out.resolve("a")).doesNotExist();
    }

    @Test
    void acceptsAnEmptyDirectoryAndRefusesAFile() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        OutputWriter.replaceAtomically(ONE, empty);
        assertThat(empty.resolve("a/A.java")).exists();
        Path file = Files.writeString(temp.resolve("file"), "x");
        assertThatThrownBy(() -> OutputWriter.replaceAtomically(ONE, file)).hasMessageContaining("not a directory");
    }

    @Test
    void manyFilesWrittenOnSeveralThreadsGiveTheSameTreeAndMarkerEveryTime() throws Exception {
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            files.add(new GeneratedFile("p" + i % 7 + "/q/C" + i + ".java", "class C" + i + " {} // é\n"));
        }
        GeneratedSources sources = new GeneratedSources(files);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        OutputWriter.replaceAtomically(sources, first);
        OutputWriter.replaceAtomically(sources, second);
        OutputWriter.replaceAtomically(sources, second); // every file checked against the marker, then replaced

        List<String> marker = Files.readAllLines(first.resolve(OutputWriter.MARKER));
        assertThat(Files.readAllLines(second.resolve(OutputWriter.MARKER))).isEqualTo(marker);
        List<String> listed = marker.stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.substring(66))
                .toList();
        assertThat(listed)
                .as("every file, in path order")
                .isEqualTo(sources.files().stream()
                        .map(GeneratedFile::relativePath)
                        .toList());
        assertThat(marker).contains(sha256("class C0 {} // é\n") + "  p0/q/C0.java");
        assertThat(second.resolve("p3/q/C598.java")).hasContent("class C598 {} // é");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void generatedPathsCannotEscape() {
        assertThatThrownBy(() -> new GeneratedFile("../evil.java", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratedFile("/abs.java", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
