package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.model.ApiModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void loadByNameVerifiesTheChecksum() throws SchemaException {
        ApiModel model = SchemaLoader.load(SchemaRef.parse("pbs-4.2"), LoadOptions.defaults());
        assertThat(model.source().name()).isEqualTo("pbs-4.2");
        assertThat(model.source().sha256())
                .isEqualTo(PinnedSchemas.find("pbs-4.2").orElseThrow().sha256());
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
