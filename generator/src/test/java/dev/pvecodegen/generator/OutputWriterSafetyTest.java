package dev.pvecodegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output directory holds only what the generator wrote, recorded in the marker's manifest; anything else stops
 * the run with a list and nothing is deleted. Scratch trees beside the output never outlive a run, whether it ends
 * normally, with an exception or by a signal (the shutdown hook's work is driven directly here; {@code
 * GenerateSignalTest} sends the real signals).
 */
class OutputWriterSafetyTest {
    private static final GeneratedSources FIRST = new GeneratedSources(List.of(
            new GeneratedFile("p/A.java", "class A {}\n"),
            new GeneratedFile("p/B.java", "class B {}\n"),
            new GeneratedFile("p/C.java", "class C {}\n")));
    private static final GeneratedSources SECOND =
            new GeneratedSources(List.of(new GeneratedFile("p/D.java", "class D {}\n")));

    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> list = Files.list(temp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theMarkerIsAManifestOfWhatWasWritten() throws Exception {
        OutputWriter.replaceAtomically(FIRST, out());

        List<String> marker = Files.readAllLines(out().resolve(OutputWriter.MARKER));
        assertThat(marker.get(0)).isEqualTo(OutputManifest.HEADER);
        assertThat(marker)
                .filteredOn(line -> !line.startsWith("#"))
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).matches("[0-9a-f]{64}  p/[ABC]\\.java"));
    }

    @Test
    void userFilesBesideGeneratedOnesStopTheRunAndAreListedNotDeleted() throws Exception {
        OutputWriter.replaceAtomically(FIRST, out());
        Files.writeString(out().resolve("p/Mine.java"), "class Mine {}");
        Files.writeString(out().resolve("notes.txt"), "precious");

        assertThatThrownBy(() -> OutputWriter.replaceAtomically(SECOND, out()))
                .isInstanceOfSatisfying(
                        OutputRefusedException.class,
                        e -> assertThat(e.files())
                                .containsExactlyInAnyOrder(
                                        "notes.txt (not written by pvecodegen)",
                                        "p/Mine.java (not written by pvecodegen)"))
                .hasMessageContaining("notes.txt")
                .hasMessageContaining("p/Mine.java")
                .hasMessageContaining("nothing was deleted");
        assertThat(out().resolve("p/Mine.java")).hasContent("class Mine {}");
        assertThat(out().resolve("p/A.java")).exists();
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void anEditedGeneratedFileIsNotOverwritten() throws Exception {
        OutputWriter.replaceAtomically(FIRST, out());
        Files.writeString(out().resolve("p/B.java"), "class B { int mine; }\n");

        assertThatThrownBy(() -> OutputWriter.replaceAtomically(SECOND, out()))
                .isInstanceOfSatisfying(
                        OutputRefusedException.class,
                        e -> assertThat(e.files()).containsExactly("p/B.java (changed since it was generated)"));
        assertThat(out().resolve("p/B.java")).hasContent("class B { int mine; }");
    }

    @Test
    void aHandMadeMarkerDoesNotMakeADirectoryTheGenerators() throws Exception {
        Path mine = Files.createDirectories(out());
        Files.writeString(mine.resolve(OutputWriter.MARKER), "");
        Files.writeString(mine.resolve("Main.java"), "class Main {}");

        assertThatThrownBy(() -> OutputWriter.replaceAtomically(FIRST, mine))
                .isInstanceOfSatisfying(
                        OutputRefusedException.class,
                        e -> assertThat(e.files()).containsExactly(OutputWriter.MARKER, "Main.java"))
                .hasMessageContaining("holds no manifest");
        assertThat(mine.resolve("Main.java")).exists();
        assertThat(mine.resolve(OutputWriter.MARKER)).exists();

        Path onlyMarker = Files.createDirectories(temp.resolve("only-marker"));
        Files.writeString(onlyMarker.resolve(OutputWriter.MARKER), "");
        assertThatThrownBy(() -> OutputWriter.replaceAtomically(FIRST, onlyMarker))
                .isInstanceOf(OutputRefusedException.class)
                .hasMessageContaining(OutputWriter.MARKER);
        assertThat(onlyMarker.resolve(OutputWriter.MARKER)).exists();
    }

    @Test
    void scratchTreesOfProcessesThatAreGoneAreRemovedOthersKept() throws Exception {
        OutputWriter.replaceAtomically(FIRST, out());
        long gone = deadPid();
        Path killedNew = Files.createDirectories(temp.resolve(".out.new-" + gone + "-17/p"));
        Files.writeString(killedNew.resolve("A.java"), "half");
        Path killedOld = Files.createDirectories(temp.resolve(".out.old-" + gone + "-18"));
        Path legacy = Files.createDirectories(temp.resolve(".out.new-1234567890123"));
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path running = Files.createDirectories(temp.resolve(".out.new-" + alive + "-19"));
        Path otherOutput = Files.createDirectories(temp.resolve(".other.new-" + gone + "-20"));

        OutputWriter.Result result = OutputWriter.replaceAtomically(SECOND, out());

        assertThat(result.removedLeftovers()).containsExactlyInAnyOrder(killedNew.getParent(), killedOld, legacy);
        assertThat(running).as("another live process may be writing it").exists();
        assertThat(otherOutput).as("belongs to another output directory").exists();
        assertThat(out().resolve("p/D.java")).exists();
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousOutputAndNoScratchTree() throws Exception {
        OutputWriter.replaceAtomically(FIRST, out());
        OutputWriter.Progress failing = new OutputWriter.Progress() {
            @Override
            public void written(int files) {
                throw new IllegalStateException("disk full, say");
            }
        };

        assertThatThrownBy(() -> OutputWriter.replaceAtomically(SECOND, out(), new ScratchTrees(), failing))
                .hasMessage("disk full, say");
        assertThat(out().resolve("p/A.java")).exists();
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void aSignalWhileWritingRemovesTheNewTreeAndKeepsThePreviousOutput() throws Exception {
        OutputWriter.replaceAtomically(FIRST, out());
        ScratchTrees scratch = new ScratchTrees();
        OutputWriter.Progress signal = new OutputWriter.Progress() {
            @Override
            public void written(int files) {
                if (files == 1) {
                    runShutdownHook(scratch);
                }
            }
        };

        assertThatThrownBy(() -> OutputWriter.replaceAtomically(FIRST, out(), scratch, signal))
                .hasMessageContaining("shutting down");
        assertThat(out().resolve("p/A.java")).exists();
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void aSignalAfterTheSwapRemovesThePreviousTree() throws Exception {
        OutputWriter.replaceAtomically(FIRST, out());
        ScratchTrees scratch = new ScratchTrees();
        OutputWriter.Progress signal = new OutputWriter.Progress() {
            @Override
            public void swapped() {
                runShutdownHook(scratch);
            }
        };

        assertThatThrownBy(() -> OutputWriter.replaceAtomically(SECOND, out(), scratch, signal))
                .hasMessageContaining("shutting down");
        assertThat(out().resolve("p/D.java")).as("the new output is complete").exists();
        assertThat(siblings()).containsExactly("out");
    }

    /** Runs the cleanup as the JVM's shutdown hook would: on its own thread, while the writer is mid-run. */
    private static void runShutdownHook(ScratchTrees scratch) {
        Thread hook = new Thread(scratch::cleanUpAtExit, "test-shutdown-hook");
        hook.start();
        try {
            hook.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
