package dev.pvecodegen.generator.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.schema.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interim reader of the {@code names} section of supplement files. */
class NamesFileTest {

    @Test
    void theShippedPveNamesPinTheTypesOfTheTable() {
        List<NameOverride> names = NamesFile.shipped(Dialect.PVE);
        assertThat(names)
                .extracting(NameOverride::name)
                .contains("ClusterResource", "NodeStatus", "QemuConfig", "LxcConfig", "QemuStatus", "TaskStatus")
                .doesNotHaveDuplicates();
        assertThat(names).allSatisfy(n -> assertThat(n.pointer()).startsWith("pve.names.json#/names/"));
        assertThat(names).allSatisfy(n -> assertThat(n.reason()).isNotBlank());
        assertThat(NamesFile.shipped(Dialect.PBS)).isEmpty();
    }

    @Test
    void readsTargetNameAndReasonWithTheirPointer() {
        List<NameOverride> names = NamesFile.parse("""
                {"format": "pvecodegen-supplement/1", "product": "pve", "description": "mine", "entries": [{"x": 1}],
                 "names": [{"target": "GET /nodes#returns[]", "name": "Machine", "reason": "our word"}]}""", "mine.json", Dialect.PVE);
        assertThat(names)
                .containsExactly(new NameOverride("GET /nodes#returns[]", "Machine", "our word", "mine.json#/names/0"));
    }

    @Test
    void aFileThatIsNoSupplementOfTheProductIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> NamesFile.parse(
                        "{\"format\": \"other/2\", \"product\": \"pbs\", \"names\": [{\"target\": \"GET /x#returns\"}]}",
                        "bad.json",
                        Dialect.PVE))
                .isInstanceOf(NameOverrideException.class)
                .satisfies(e -> assertThat(((NameOverrideException) e).problems())
                        .containsExactly(
                                "bad.json#/format: expected \"pvecodegen-supplement/1\"",
                                "bad.json#/product: expected \"pve\" for this schema, found \"pbs\"",
                                "bad.json#/names/0: needs a \"target\" and a \"name\""));
        assertThatThrownBy(() -> NamesFile.parse("{", "broken.json", Dialect.PVE))
                .isInstanceOf(NameOverrideException.class)
                .hasMessageContaining("broken.json: not JSON");
    }
}
