package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.pvecodegen.generator.CodeGenerator;
import dev.pvecodegen.generator.Compiler;
import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.HandMadeModel;
import dev.pvecodegen.generator.Reflect;
import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The client of the hand-made model, bound without shipped names, rendered and compiled once for the emitter
 * tests: each renders its own classes through its emitter and exercises the compiled ones.
 */
final class HandMadeClient {
    static final String PACKAGE = "dev.hand";
    static final String MODEL = PACKAGE + ".model.";

    private static BoundModel bound;

    private HandMadeClient() {}

    static synchronized BoundModel bound() {
        if (bound == null) {
            bound = Binder.bind(HandMadeModel.model(), GeneratorOptions.defaults(PACKAGE), List.of());
        }
        return bound;
    }

    static TypeNames names() {
        return new TypeNames(bound());
    }

    static BoundType type(String name) {
        return bound().type(name).orElseThrow();
    }

    /** The source of one class as its emitter renders it into a file. */
    static String source(String packageName, TypeSpec spec) {
        return JavadocWrapper.wrap(JavaFile.builder(packageName, spec)
                .indent("    ")
                .skipJavaLangImports(true)
                .build()
                .toString());
    }

    /** The whole client, compiled with {@code -Werror} and doclint in {@code work}. */
    static Reflect compile(Path work) {
        try {
            return new Reflect(
                    Compiler.compile(CodeGenerator.render(bound()), work).loader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
