package dev.pvecodegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.generator.Reflect;
import dev.pvecodegen.generator.bind.BoundRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Requests: builder checks, getters, toBuilder, value semantics, keys a variant does not accept. */
class RequestEmitterTest extends CompiledClientTest {

    private static Object disk(String text) {
        return code.callStatic(HandMadeClient.MODEL + "QemuScsi", "parse", text);
    }

    private static Object create() {
        Object builder = code.callStatic(HandMadeClient.MODEL + "CreateQemu", "builder");
        Reflect.call(builder, "vmid", 101);
        Reflect.call(builder, "name", "web");
        Reflect.call(builder, "password", "hunter2");
        Reflect.call(builder, "scsi", 0, disk("local-lvm:32,import-from=local:iso/disk.qcow2"));
        Reflect.call(builder, "tags", List.of("a", "b"));
        return Reflect.call(builder, "build");
    }

    @Test
    void rendersGettersToBuilderAndTheCheckOfRefusedKeys() {
        String create =
                HandMadeClient.source("dev.hand.model", new RequestEmitter(HandMadeClient.names()).emit((BoundRequest)
                                HandMadeClient.type("CreateQemu")));
        assertThat(create)
                .contains("public Builder toBuilder() {")
                .contains("public SortedMap<Integer, QemuScsi> scsi() {")
                .contains("return Set.of(\"password\");")
                .doesNotContain("notAccepted");
        String update =
                HandMadeClient.source("dev.hand.model", new RequestEmitter(HandMadeClient.names()).emit((BoundRequest)
                                HandMadeClient.type("UpdateQemuConfig")));
        assertThat(update)
                .contains("scsi.forEach((index, value) -> Checks.notAccepted(\"scsi\" + index, \"import-from\","
                        + " value.importFrom().isPresent()));");
    }

    @Test
    void aRequestHasGettersAndIsAValueWithItsCredentialsRedacted() {
        Object request = create();
        assertThat(Reflect.call(request, "vmid")).isEqualTo(101);
        assertThat(Reflect.call(request, "name")).isEqualTo(Optional.of("web"));
        assertThat(Reflect.call(request, "tags")).isEqualTo(List.of("a", "b"));
        assertThat(List.copyOf(((SortedMap<?, ?>) Reflect.call(request, "scsi")).keySet()))
                .isEqualTo(List.of(0));
        assertThat(request).isEqualTo(create()).hasSameHashCodeAs(create());
        assertThat(request.toString())
                .isEqualTo("CreateQemu{vmid=101, name=web, password=***, scsi0=local-lvm:32,"
                        + "import-from=local:iso/disk.qcow2, tags=a,b}");
    }

    @Test
    void toBuilderChangesOneParameterAndKeepsTheOthers() {
        Object request = create();
        Object changed = Reflect.call(Reflect.call(Reflect.call(request, "toBuilder"), "name", "db"), "build");
        assertThat(Reflect.call(changed, "name")).isEqualTo(Optional.of("db"));
        assertThat(Reflect.call(changed, "parameters"))
                .isEqualTo(Map.of(
                        "vmid", 101,
                        "name", "db",
                        "password", "hunter2",
                        "scsi0", disk("local-lvm:32,import-from=local:iso/disk.qcow2"),
                        "tags", "a,b"));
        assertThat(changed).isNotEqualTo(request);
    }

    @Test
    void aKeyTheConfigVariantLacksIsRefusedWhereTheOperationDoesNotAcceptIt() {
        Object builder = code.callStatic(HandMadeClient.MODEL + "UpdateQemuConfig", "builder");
        Reflect.call(builder, "scsi", 1, disk("local-lvm:vm-100-disk-1,size=8G"));
        assertThat(Reflect.call(builder, "build")).isNotNull();
        Reflect.call(builder, "scsi", 2, disk("local-lvm:8,import-from=local:iso/disk.qcow2"));
        assertThatThrownBy(() -> Reflect.call(builder, "build"))
                .hasMessage("scsi2: the key import-from is not accepted by this operation");
    }

    @Test
    void buildNamesEveryMissingRequiredParameter() {
        Object builder = code.callStatic(HandMadeClient.MODEL + "CreateQemu", "builder");
        assertThatThrownBy(() -> Reflect.call(builder, "build"))
                .hasMessage("POST /nodes/{node}/qemu: missing required parameter vmid");
    }
}
