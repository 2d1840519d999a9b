package dev.pvecodegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.Reflect;
import dev.pvecodegen.generator.bind.BoundValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Property-string value classes: variants in one class, canonical wire form, credentials redacted. */
class PropertyStringEmitterTest extends CompiledClientTest {

    private static String render(String name) {
        return HandMadeClient.source(
                "dev.hand.model",
                new PropertyStringEmitter(HandMadeClient.names()).emit((BoundValue) HandMadeClient.type(name)));
    }

    @Test
    void oneClassServesTheCreateAndTheConfigVariantAndSaysWhichKeyOnlyOneHas() {
        assertThat(render("QemuScsi"))
                .contains("Property string {@code qemu-scsi} and {@code qemu-scsi-2}")
                .contains("One class for the variants of the format")
                .contains("Only accepted by {@code POST /nodes/{node}/qemu}.")
                .contains(".alias(\"volume\", \"file\")")
                .contains("public Optional<String> importFrom()");
    }

    @Test
    void keyEnumsAreNestedAndCredentialKeysAreNamedForRedaction() {
        assertThat(render("QemuNet"))
                .contains("public static final class Model extends EnumValue {")
                .contains("protected Set<String> secretKeys() {")
                .contains("return Set.of(\"password\");");
    }

    @Test
    void aDiskReadFromAConfigRoundTripsAndCanBeChanged() {
        String disk = "local-lvm:vm-100-disk-0,size=32G";
        Object parsed = code.callStatic(HandMadeClient.MODEL + "QemuScsi", "parse", disk);
        assertThat(parsed.toString()).isEqualTo(disk);
        assertThat(Reflect.call(parsed, "size")).isEqualTo(Optional.of("32G"));
        Object builder = Reflect.call(parsed, "toBuilder");
        Reflect.call(builder, "size", "64G");
        assertThat(Reflect.call(Reflect.call(builder, "build"), "wireValue"))
                .isEqualTo("local-lvm:vm-100-disk-0,size=64G");
        assertThat(code.callStatic(
                        HandMadeClient.MODEL + "QemuScsi", "parse", "volume=local-lvm:vm-100-disk-0,size=32G"))
                .isEqualTo(parsed);
    }

    @Test
    void toStringRedactsCredentialsButTheWireFormKeepsThem() {
        Object nic = code.callStatic(HandMadeClient.MODEL + "QemuNet", "parse", "virtio,bridge=vmbr0,password=hunter2");
        assertThat(nic.toString()).isEqualTo("virtio,bridge=vmbr0,password=***");
        assertThat(Reflect.call(nic, "wireValue")).isEqualTo("virtio,bridge=vmbr0,password=hunter2");
        assertThat(Reflect.call(nic, "model"))
                .isSameAs(code.constant(HandMadeClient.MODEL + "QemuNet$Model", "VIRTIO"));
    }
}
