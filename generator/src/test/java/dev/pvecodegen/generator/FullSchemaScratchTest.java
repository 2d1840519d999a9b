package dev.pvecodegen.generator;

import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FullSchemaScratchTest {
    @Test
    void pve92() throws Exception {
        String name = System.getProperty("scratch.schema", "pve-9.2");
        ApiModel model = SchemaLoader.load(PinnedSchemas.resolve(PinnedSchemas.find(name).orElseThrow()));
        long t = System.nanoTime();
        GeneratedSources sources = CodeGenerator.generate(model, GeneratorOptions.defaults("dev.example.pve"));
        System.out.println("generate ms " + (System.nanoTime() - t) / 1_000_000 + " files " + sources.files().size()
                + " lines " + sources.lineCount());
        Path dir = Path.of("target/scratch-" + name);
        Compiler.Compiled c = Compiler.compile(sources, dir);
        System.out.println("javac ms " + c.millis());
    }
}
