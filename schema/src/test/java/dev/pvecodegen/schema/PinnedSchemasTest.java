package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.read.MetaSchemaValidator;
import dev.pvecodegen.schema.read.SchemaReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PinnedSchemasTest {

    @Test
    void catalogue() {
        assertThat(PinnedSchemas.all()).extracting(PinnedSchema::name).containsExactly("pve-9.2", "pve-7.2", "pbs-4.2");
        PinnedSchema pbs = PinnedSchemas.find("pbs-4.2").orElseThrow();
        assertThat(pbs.product()).isEqualTo("Proxmox Backup Server");
        assertThat(pbs.version()).isEqualTo("4.2");
        assertThat(PinnedSchemas.find("pve-1.0")).isEmpty();
    }

    @Test
    void checksumsMatchTheSharedFiles() throws Exception {
        for (PinnedSchema pinned : PinnedSchemas.all()) {
            Path file = PinnedSchemas.resolve(pinned);
            assertThat(SchemaLoader.sha256(Files.readAllBytes(file)))
                    .as(pinned.name())
                    .isEqualTo(pinned.sha256());
        }
    }

    /** What lets the loader skip the meta-schema pass for these files: they pass it. */
    @Test
    void everyPinnedFilePassesTheMetaSchema() throws Exception {
        for (PinnedSchema pinned : PinnedSchemas.all()) {
            byte[] bytes = Files.readAllBytes(PinnedSchemas.resolve(pinned));
            MetaSchemaValidator.validate(SchemaReader.read(bytes, pinned.name()), pinned.name());
            assertThat(SchemaLoader.needsMetaSchemaPass(pinned.sha256()))
                    .as(pinned.name())
                    .isFalse();
        }
    }

    @Test
    void anythingElseGetsTheMetaSchemaPass() throws Exception {
        byte[] pinned = Files.readAllBytes(
                PinnedSchemas.resolve(PinnedSchemas.find("pbs-4.2").orElseThrow()));
        byte[] changed = Arrays.copyOf(pinned, pinned.length + 1);
        changed[pinned.length] = '\n';
        assertThat(SchemaLoader.needsMetaSchemaPass(SchemaLoader.sha256(changed)))
                .isTrue();
        // An input the model builder would accept but the meta-schema refuses: still refused.
        byte[] invalid = """
                [{"path": "/a", "text": "a", "leaf": 1,
                  "info": {"GET": {"method": "GET", "allowtoken": "yes", "returns": {"type": "null"}}}}]
                """.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SchemaLoader.fromBytes(invalid, "invalid.json"))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("allowtoken");
    }

    @Test
    void loadByNameVerifiesTheChecksum() throws SchemaException {
        ApiModel model = SchemaLoader.load(SchemaRef.parse("pbs-4.2"), LoadOptions.defaults());
        assertThat(model.source().name()).isEqualTo("pbs-4.2");
        assertThat(model.source().sha256())
                .isEqualTo(PinnedSchemas.find("pbs-4.2").orElseThrow().sha256());
    }

    /**
     * A pinned PVE schema's shipped supplement is read ahead on the hashing thread: loads that race for it (and for
     * the rest) build the models a load on its own builds.
     */
    @Test
    void pinnedSchemasLoadAlikeFromSeveralThreadsAtOnce() throws Exception {
        List<String> names = List.of("pve-9.2", "pbs-4.2", "pve-7.2", "pve-9.2");
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        try {
            List<Future<ApiModel>> loads = new ArrayList<>();
            for (String name : names) {
                loads.add(pool.submit(() -> SchemaLoader.load(SchemaRef.parse(name), LoadOptions.defaults())));
            }
            for (int i = 0; i < names.size(); i++) {
                assertThat(loads.get(i).get())
                        .as(names.get(i))
                        .isEqualTo(SchemaLoader.load(SchemaRef.parse(names.get(i)), LoadOptions.defaults()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tamperedPinnedFileIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("apidoc");
        try {
            Files.write(dir.resolve("pve-7.2.json"), "[{\"path\": \"/a\"}]".getBytes(StandardCharsets.UTF_8));
            String previous = System.setProperty(PinnedSchemas.DIR_PROPERTY, dir.toString());
            try {
                assertThatThrownBy(() -> SchemaLoader.load(SchemaRef.parse("pve-7.2"), LoadOptions.defaults()))
                        .isInstanceOf(SchemaException.class)
                        .hasMessageContaining("SHA-256 mismatch");
            } finally {
                if (previous == null) {
                    System.clearProperty(PinnedSchemas.DIR_PROPERTY);
                } else {
                    System.setProperty(PinnedSchemas.DIR_PROPERTY, previous);
                }
            }
        } finally {
            Files.deleteIfExists(dir.resolve("pve-7.2.json"));
            Files.delete(dir);
        }
    }
}
