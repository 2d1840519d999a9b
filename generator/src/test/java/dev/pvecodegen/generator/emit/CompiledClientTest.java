package dev.pvecodegen.generator.emit;

import dev.pvecodegen.generator.Reflect;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the emitter tests: the hand-made client compiled once per test class, to exercise what is rendered. */
abstract class CompiledClientTest {
    @TempDir
    static Path work;

    static Reflect code;

    @BeforeAll
    static void compile() {
        code = HandMadeClient.compile(work);
    }
}
