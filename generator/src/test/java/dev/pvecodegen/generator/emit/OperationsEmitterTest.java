package dev.pvecodegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.runtime.support.OperationInfo;
import dev.pvecodegen.runtime.task.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operation catalogue: every operation with its request and response type. */
class OperationsEmitterTest extends CompiledClientTest {

    @Test
    void rendersOneEntryPerOperationInSchemaOrder() {
        String source = HandMadeClient.source(
                HandMadeClient.PACKAGE, new OperationsEmitter(HandMadeClient.names()).emit(HandMadeClient.bound()));
        assertThat(source)
                .contains("Every operation of this client, in schema order: 6 operations.")
                .contains("OperationInfo.of(HttpVerb.POST, \"/nodes/{node}/qemu\", CreateQemu.class, Task.class,");
    }

    @Test
    void theCatalogueNamesTheBoundClasses() throws Exception {
        List<?> all = (List<?>) code.type(HandMadeClient.PACKAGE + ".PveOperations")
                .getField("ALL")
                .get(null);
        assertThat(all).hasSize(6);
        OperationInfo update = all.stream()
                .map(OperationInfo.class::cast)
                .filter(o -> o.key().equals("PUT /nodes/{node}/qemu/{vmid}/config"))
                .findFirst()
                .orElseThrow();
        assertThat(update.requestType()).contains(code.type(HandMadeClient.MODEL + "UpdateQemuConfig"));
        OperationInfo create = all.stream()
                .map(OperationInfo.class::cast)
                .filter(o -> o.key().equals("POST /nodes/{node}/qemu"))
                .findFirst()
                .orElseThrow();
        assertThat(create.responseType()).isEqualTo(Task.class);
    }
}
