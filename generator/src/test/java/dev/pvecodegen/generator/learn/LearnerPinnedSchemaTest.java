package dev.pvecodegen.generator.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.read.SchemaReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Learner} against the pinned pve-9.2 schema, whose version is known: answers without a version take the
 * schema's, and an entry learned from servers of another major version is flagged, since it will not apply.
 */
class LearnerPinnedSchemaTest {

    @Test
    void versionsComeFromTheServersAndAnotherMajorIsWarnedAbout() throws Exception {
        Path file = PinnedSchemas.resolve(PinnedSchemas.find("pve-9.2").orElseThrow());
        byte[] bytes = Files.readAllBytes(file);
        ApiModel model = SchemaLoader.fromBytes(bytes, "pve-9.2", LoadOptions.defaults());
        Learner learner = new Learner(model, SchemaReader.read(bytes, "pve-9.2"));

        LearnResult result = learner.learn(List.of(
                Basics.answer("GET", "/version", "{\"version\": \"8.4.1\", \"plugin\": \"a\"}", "old.json", "8.4.1"),
                Basics.answer("GET", "/cluster/nextid", "100", "n.json", null),
                Basics.answer(
                        "GET", "/nodes/pve/dns", "{\"search\": \"lan\", \"dns4\": \"1.1.1.1\"}", "d.json", null)));

        assertThat(result.entries())
                .extracting(LearnedEntry::id, LearnedEntry::versions)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("get-nodes-node-dns", List.of("9")),
                        org.assertj.core.api.Assertions.tuple("get-version", List.of("8")));
        assertThat(result.warnings())
                .containsExactly("entry get-version is for versions 8 (the servers that sent its answers), the schema"
                        + " is 9.2: it will not apply there; learn against the schema of those servers");
    }
}
