package dev.pvecodegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.generator.Reflect;
import dev.pvecodegen.generator.bind.BoundObject;
import dev.pvecodegen.runtime.json.PveJson;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Response classes: lenient typed reads, families, shared enums and value classes, equality. */
class ResponseEmitterTest extends CompiledClientTest {
    private static final String CONFIG = "{\"digest\":\"d1\",\"name\":\"web\",\"status\":\"running\","
            + "\"net0\":\"virtio,bridge=vmbr0\",\"scsi0\":\"local-lvm:vm-100-disk-0,size=32G\",\"future\":1}";

    private final ObjectMapper mapper = PveJson.newMapper();

    @Test
    void rendersFieldsFamiliesAndWhereTheAnswerComesFrom() {
        String source =
                HandMadeClient.source("dev.hand.model", new ResponseEmitter(HandMadeClient.names()).emit((BoundObject)
                                HandMadeClient.type("QemuConfig")));
        assertThat(source)
                .contains("An answer, as {@code GET /nodes/{node}/qemu/{vmid}/config} answers it.")
                .contains("public SortedMap<Integer, QemuScsi> scsi() {")
                .contains("public Optional<QemuConfigStatus> status() {");
    }

    @Test
    void theDisksOfAConfigAreTheValueClassARequestTakes() throws Exception {
        Object config = mapper.readValue(CONFIG, code.type(HandMadeClient.MODEL + "QemuConfig"));
        SortedMap<?, ?> disks = (SortedMap<?, ?>) Reflect.call(config, "scsi");
        assertThat(disks.get(0).getClass().getName()).isEqualTo(HandMadeClient.MODEL + "QemuScsi");
        assertThat(Reflect.call(config, "status"))
                .isEqualTo(Optional.of(code.constant(HandMadeClient.MODEL + "QemuConfigStatus", "RUNNING")));
        assertThat(Reflect.call(config, "rawValue", "future")).isEqualTo(Optional.of(1));
    }

    @Test
    void responsesAreValuesOverEverythingTheServerSent() throws Exception {
        Class<?> type = code.type(HandMadeClient.MODEL + "QemuConfig");
        Object a = mapper.readValue(CONFIG, type);
        Object b = mapper.readValue(CONFIG, type);
        Object other = mapper.readValue(CONFIG.replace("\"future\":1", "\"future\":2"), type);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
        assertThat(a.toString())
                .startsWith("QemuConfig{")
                .contains("\"digest\":\"d1\"")
                .contains("\"future\":1");
    }
}
