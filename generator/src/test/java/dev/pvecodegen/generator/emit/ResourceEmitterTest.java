package dev.pvecodegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.RecordingExecutor;
import dev.pvecodegen.generator.Reflect;
import dev.pvecodegen.generator.bind.BoundResource;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.HttpVerb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resource classes: navigation, one method per verb, the calls they make. */
class ResourceEmitterTest extends CompiledClientTest {

    private static BoundResource resource(String path) {
        return HandMadeClient.bound().resources().stream()
                .filter(r -> r.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void rendersVerbMethodsWithTheirRequestsAndTheItemShortcut() {
        String source = HandMadeClient.source(
                HandMadeClient.PACKAGE,
                new ResourceEmitter(HandMadeClient.names()).emit(resource("/nodes/{node}/qemu")));
        assertThat(source)
                .contains("public List<QemuEntry> get(QemuQuery request) {")
                .contains("public List<QemuEntry> get() {")
                .contains("public Task post(CreateQemu request) {")
                .contains("public NodesNodeQemuVmid vmid(String vmid) {")
                .contains("Resource {@code /nodes/{node}/qemu}.");
        String nodes = HandMadeClient.source(
                HandMadeClient.PACKAGE, new ResourceEmitter(HandMadeClient.names()).emit(resource("/nodes")));
        assertThat(nodes).contains("public NodesNode node(String node) {");
    }

    @Test
    void navigationFillsThePathAndTheRequestItsParameters() throws Exception {
        RecordingExecutor executor = new RecordingExecutor();
        executor.data = "\"UPID:pve1:0000AB12:0001C3D4:65A0B0C0:qmstart:100:root@pam:\"";
        Object root = code.type(HandMadeClient.PACKAGE + ".Pve")
                .getConstructor(ApiExecutor.class)
                .newInstance(executor);
        Object vm = Reflect.call(Reflect.call(Reflect.call(root, "nodes", "pve1"), "qemu"), "vmid", "100");
        Object builder = code.callStatic(HandMadeClient.MODEL + "StartQemu", "builder");
        Reflect.call(builder, "timeout", 30);
        Reflect.call(Reflect.call(Reflect.call(vm, "status"), "start"), "post", Reflect.call(builder, "build"));
        assertThat(executor.last().verb()).isEqualTo(HttpVerb.POST);
        assertThat(executor.last().path()).isEqualTo("/nodes/pve1/qemu/100/status/start");
        assertThat(executor.last().params()).containsExactly(Map.entry("timeout", "30"));
        executor.data = "[{\"node\":\"pve1\",\"status\":\"online\"}]";
        List<?> nodes = (List<?>) Reflect.call(Reflect.call(root, "nodes"), "get");
        assertThat(Reflect.call(nodes.get(0), "node")).isEqualTo("pve1");
    }
}
