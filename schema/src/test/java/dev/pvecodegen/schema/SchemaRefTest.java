package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.model.ApiModel;
import org.junit.jupiter.api.Test;

class SchemaRefTest {

    @Test
    void kinds() {
        assertThat(SchemaRef.parse("pve-9.2")).isEqualTo(new SchemaRef(SchemaRef.Kind.PINNED, "pve-9.2"));
        assertThat(SchemaRef.parse("./pve-9.2.json").kind()).isEqualTo(SchemaRef.Kind.FILE);
        assertThat(SchemaRef.parse("https://pve:8006/pve-docs/api-viewer/apidoc.js")
                        .kind())
                .isEqualTo(SchemaRef.Kind.URL);
        assertThat(SchemaRef.parse("classpath:/fixtures/pve-mini.json"))
                .isEqualTo(new SchemaRef(SchemaRef.Kind.CLASSPATH, "fixtures/pve-mini.json"));
        assertThat(SchemaRef.parse("classpath:fixtures/x.json")).hasToString("classpath:fixtures/x.json");
    }

    @Test
    void refused() {
        assertThatThrownBy(() -> SchemaRef.parse("http://pve:8006/apidoc.js")).hasMessageContaining("https");
        assertThatThrownBy(() -> SchemaRef.parse("  ")).hasMessageContaining("empty");
    }

    @Test
    void classpathRefsLoad() throws SchemaException {
        ApiModel model = SchemaLoader.load(SchemaRef.parse("classpath:fixtures/pbs-mini.js"), LoadOptions.defaults());
        assertThat(model.operations()).hasSize(6);
    }
}
