package dev.pvecodegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.Reflect;
import dev.pvecodegen.generator.bind.BoundEnum;
import dev.pvecodegen.generator.bind.Site;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Open enums: constants, a Java enum to switch on, unknown values kept with their wire value. */
class EnumEmitterTest extends CompiledClientTest {

    @Test
    void rendersConstantsAndAJavaEnumWithAnUnlistedConstant() {
        String source = HandMadeClient.source("dev.hand.model", new EnumEmitter(HandMadeClient.names()).emit((BoundEnum)
                        HandMadeClient.type("QemuConfigStatus")));
        assertThat(source)
                .contains("public final class QemuConfigStatus extends EnumValue {")
                .contains("public static final QemuConfigStatus RUNNING = new QemuConfigStatus(\"running\",")
                .contains("Constant.RUNNING);")
                .contains("public enum Constant {")
                .contains("UNLISTED")
                .contains("Used by {@code GET /nodes/{node}/qemu/{vmid}/config} and {@code GET /nodes/{node}/qemu}.");
    }

    @Test
    void veryLongEnumsListTheirConstantsWithoutAJavadocEach() {
        List<String> values = IntStream.rangeClosed(1, EnumEmitter.DOCUMENTED_CONSTANTS + 1)
                .mapToObj(i -> "v" + i)
                .toList();
        BoundEnum many = new BoundEnum(
                "Many",
                List.of(new Site(dev.pvecodegen.schema.model.HttpMethod.GET, "/many", "returns")),
                values,
                values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList());
        String source = HandMadeClient.source("dev.hand.model", new EnumEmitter(HandMadeClient.names()).emit(many));
        assertThat(source).doesNotContain("Wire value {@code v1}").contains("V41");
    }

    @Test
    void aKnownValueIsItsConstantAndAnUnknownOneKeepsItsWireValue() {
        String type = HandMadeClient.MODEL + "QemuConfigStatus";
        Object running = code.callStatic(type, "of", "running");
        assertThat(running).isSameAs(code.constant(type, "RUNNING"));
        assertThat(Reflect.call(running, "constant")).isEqualTo(code.constant(type + "$Constant", "RUNNING"));
        Object paused = code.callStatic(type, "of", "paused");
        assertThat(Reflect.call(paused, "isKnown")).isEqualTo(false);
        assertThat(Reflect.call(paused, "wireValue")).isEqualTo("paused");
        assertThat(Reflect.call(paused, "constant")).isEqualTo(code.constant(type + "$Constant", "UNLISTED"));
        assertThat(paused).isEqualTo(code.callStatic(type, "of", "paused"));
    }
}
