package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RealSchemasTest {

    private static Map<HttpMethod, Long> byMethod(ApiModel model) {
        return model.operations().stream().collect(Collectors.groupingBy(Operation::method, Collectors.counting()));
    }

    @Test
    void pve92() {
        ApiModel model = SharedSchemas.model("pve-9.2");
        assertThat(model.dialect()).isEqualTo(Dialect.PVE);
        assertThat(model.operations()).hasSize(675);
        assertThat(byMethod(model)).containsExactlyInAnyOrderEntriesOf(Map.of(
                HttpMethod.GET, 340L, HttpMethod.POST, 173L, HttpMethod.PUT, 83L, HttpMethod.DELETE, 79L));
        assertThat(model.resources()).hasSize(449);
        assertThat(model.taskOperations()).hasSize(94);
        assertThat(model.excluded()).isEmpty();
        System.out.println(model.propertyStringFormats().keySet());
        System.out.println(model.warnings());
    }

    @Test
    void pve72() {
        ApiModel model = SharedSchemas.model("pve-7.2");
        assertThat(model.operations()).hasSize(504);
        assertThat(model.resources()).hasSize(348);
        assertThat(model.taskOperations()).hasSize(88);
    }

    @Test
    void pbs() {
        ApiModel model = SharedSchemas.model("pbs-4.2");
        assertThat(model.dialect()).isEqualTo(Dialect.PBS);
        assertThat(model.operations()).hasSize(349);
        assertThat(model.excluded()).extracting(e -> e.path() + ":" + e.operationCount())
                .containsExactly("/backup/_upgrade_:14", "/reader/_upgrade_:4");
        assertThat(model.taskOperations()).hasSize(27);
        System.out.println(model.propertyStringFormats().keySet());
    }
}
