package dev.pvecodegen.generator.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.generator.CodeGenerator;
import dev.pvecodegen.generator.GeneratedFile;
import dev.pvecodegen.generator.GeneratorOptions;
import dev.pvecodegen.generator.HandMadeModel;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.NameOverride;
import dev.pvecodegen.schema.model.NameSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The binding stage on the hand-made model: names, shared types, variants, order independence and overrides. */
class BinderTest {
    private static final GeneratorOptions OPTIONS = GeneratorOptions.defaults("dev.hand");

    private static BoundModel bind(GeneratorOptions options) {
        return Binder.bind(HandMadeModel.model(), options, List.of());
    }

    /** Binds with one user's supplement of these names. */
    private static BoundModel bindNamed(String file, NameOverride... names) {
        return Binder.bind(HandMadeModel.model(), OPTIONS, List.of(new NameSection(file, false, List.of(names))));
    }

    private static NameOverride name(String target, String name, int index) {
        return new NameOverride(target, name, "", "/names/" + index);
    }

    @Test
    void everyClassIsNamedAfterItsResourceWithoutPathOrVerb() {
        assertThat(bind(OPTIONS).types().keySet())
                .containsExactly(
                        "CreateQemu",
                        "NodeEntry",
                        "NodeEntryStatus",
                        "QemuConfig",
                        "QemuConfigStatus",
                        "QemuEntry",
                        "QemuNet",
                        "QemuNet.Model",
                        "QemuQuery",
                        "QemuScsi",
                        "StartQemu",
                        "UpdateQemuConfig");
    }

    @Test
    void eachNameComesFromTheBestRankedSiteWhereTheClassIsUsed() {
        assertThat(TypeList.of(bind(OPTIONS)))
                .contains("QemuConfigStatus  enum     GET /nodes/{node}/qemu/{vmid}/config#returns/status\n")
                .contains("QemuScsi          value    POST /nodes/{node}/qemu#request/scsi\n")
                .contains("QemuNet.Model     enum     POST /nodes/{node}/qemu#request/net/model\n");
    }

    @Test
    void theSameValuesAreOneEnumWhereverTheyAreListed() {
        BoundEnum state = (BoundEnum) bind(OPTIONS).types().get("QemuConfigStatus");
        assertThat(state.sites())
                .extracting(Site::text)
                .containsExactly(
                        "GET /nodes/{node}/qemu/{vmid}/config#returns/status",
                        "GET /nodes/{node}/qemu#returns[]/status");
        assertThat(state.constants()).containsExactly("STOPPED", "RUNNING");
    }

    @Test
    void theCreateAndConfigVariantsOfADiskAreOneValueClass() {
        BoundModel model = bind(OPTIONS);
        BoundValue disk = (BoundValue) model.types().get("QemuScsi");
        assertThat(disk.formatIds()).containsExactly("qemu-scsi", "qemu-scsi-2");
        assertThat(disk.keys()).extracting(BoundKey::wireName).containsExactly("file", "size", "import-from");
        assertThat(disk.key("import-from").orElseThrow().onlyIn()).containsExactly("POST /nodes/{node}/qemu");
        assertThat(disk.key("size").orElseThrow().onlyIn()).isEmpty();
        BoundRequest update = (BoundRequest) model.types().get("UpdateQemuConfig");
        BoundField scsi = update.fields().stream()
                .filter(f -> f.wireName().equals("scsi"))
                .findFirst()
                .orElseThrow();
        assertThat(scsi.type()).isEqualTo(disk.ref());
        assertThat(scsi.refusedKeys()).containsExactly("import-from");
        BoundRequest create = (BoundRequest) model.types().get("CreateQemu");
        assertThat(create.fields()).allSatisfy(f -> assertThat(f.refusedKeys()).isEmpty());
        BoundObject config = (BoundObject) model.types().get("QemuConfig");
        assertThat(config.fields())
                .filteredOn(f -> f.wireName().equals("scsi"))
                .extracting(BoundField::type)
                .containsExactly(disk.ref());
    }

    @Test
    void anEnumOnlyAKeyUsesIsNestedInItsValueClassAndCredentialsAreMarked() {
        BoundModel model = bind(OPTIONS);
        BoundValue nic = (BoundValue) model.types().get("QemuNet");
        assertThat(nic.nestedEnums()).extracting(BoundEnum::name).containsExactly("QemuNet.Model");
        assertThat(nic.key("password").orElseThrow().secret()).isTrue();
        assertThat(nic.key("bridge").orElseThrow().secret()).isFalse();
        BoundRequest create = (BoundRequest) model.types().get("CreateQemu");
        assertThat(create.fields())
                .filteredOn(BoundField::secret)
                .extracting(BoundField::wireName)
                .containsExactly("password");
    }

    @Test
    void namesDoNotDependOnTheOrderOfTheSchema() {
        BoundModel reversed = Binder.bind(HandMadeModel.reversed(), OPTIONS, List.of());
        assertThat(TypeList.of(reversed)).isEqualTo(TypeList.of(bind(OPTIONS)));
        List<String> files = CodeGenerator.render(reversed).files().stream()
                .map(GeneratedFile::relativePath)
                .toList();
        assertThat(files)
                .isEqualTo(CodeGenerator.render(bind(OPTIONS)).files().stream()
                        .map(GeneratedFile::relativePath)
                        .toList());
    }

    @Test
    void filteringOperationsNeverRenamesAClass() {
        GeneratorOptions onlyConfig =
                new GeneratorOptions("dev.hand", List.of("/nodes/{node}/qemu/{vmid}/config"), List.of());
        assertThat(bind(onlyConfig).types().keySet())
                .containsExactly(
                        "QemuConfig", "QemuConfigStatus", "QemuNet", "QemuNet.Model", "QemuScsi", "UpdateQemuConfig");
    }

    @Test
    void overridesNameTheClassAtTheirTargetAndOthersFollow() {
        BoundModel model = bindNamed(
                "t.json",
                new NameOverride("GET /nodes/{node}/qemu#returns[]/status", "GuestState", "run state", "/names/0"),
                name("format:qemu-net/model", "NicModel", 1),
                name("GET /nodes/{node}/qemu#returns[]", "Vm", 2));
        assertThat(model.types().keySet())
                .contains("GuestState", "QemuNet.NicModel", "Vm")
                .doesNotContain("QemuEntry");
        assertThat(((BoundEnum) model.types().get("GuestState")).sites()).hasSize(2);
    }

    @Test
    void badOverridesAreReportedTogetherWithTheirLocation() {
        assertThatThrownBy(() -> bindNamed(
                        "user.json",
                        name("GET /nope#returns", "Nope", 0),
                        name("GET /nodes#returns[]", "lowercase", 1),
                        name("nodes returns", "Nodes", 2),
                        name("GET /nodes#returns[]", "Machine", 3),
                        name("GET /nodes/{node}/qemu#returns[]", "Machine", 4),
                        name("GET /nodes#returns[]", "Server", 5),
                        name("GET /nodes#returns[]/node", "NodeName", 6)))
                .isInstanceOf(NameOverrideException.class)
                .satisfies(e -> assertThat(((NameOverrideException) e).problems())
                        .containsExactly(
                                "user.json#/names/0: no generated class is used at target 'GET /nope#returns'",
                                "user.json#/names/1: 'lowercase' is not a class name (UpperCamelCase letters and digits)",
                                "user.json#/names/2: target 'nodes returns' is neither 'METHOD /path#request…' /"
                                        + " 'METHOD /path#returns…' nor 'format:id…'",
                                "user.json#/names/5: names the class of 'GET /nodes#returns[]' Server, but"
                                        + " user.json#/names/3 already names it Machine",
                                "user.json#/names/6: no generated class is used at target 'GET /nodes#returns[]/node'",
                                "user.json#/names/4: the name Machine is already given to another class by"
                                        + " user.json#/names/3"));
    }

    @Test
    void shippedNamesWhoseTargetAReleaseLacksAreSkipped() {
        BoundModel model = Binder.bind(
                HandMadeModel.model(),
                OPTIONS,
                List.of(new NameSection(
                        "pve.supplement.json",
                        true,
                        List.of(
                                name("GET /not/in/this/release#returns", "Gone", 0),
                                name("GET /nodes#returns[]", "ClusterNode", 1)))));
        assertThat(model.types()).containsKey("ClusterNode").doesNotContainKey("Gone");
    }

    @Test
    void aLaterSupplementRenamesAClassAnEarlierOneNamed() {
        BoundModel model = Binder.bind(
                HandMadeModel.model(),
                OPTIONS,
                List.of(
                        new NameSection(
                                "pve.supplement.json", true, List.of(name("GET /nodes#returns[]", "ClusterNode", 0))),
                        new NameSection("ours.json", false, List.of(name("GET /nodes#returns[]", "Machine", 0)))));
        assertThat(model.types()).containsKey("Machine").doesNotContainKey("ClusterNode");
    }

    @Test
    void theModelCarriesTheNamesOfTheSupplementsItWasLoadedWith() {
        ApiModel model = HandMadeModel.model();
        ApiModel named = model.withRoots(
                model.roots(),
                model.enrichment()
                        .withNames(List.of(new NameSection(
                                "ours.json", false, List.of(name("GET /nodes#returns[]", "Machine", 0))))));
        assertThat(Binder.bind(named, OPTIONS).types()).containsKey("Machine");
        assertThat(Binder.bind(model, OPTIONS).types()).doesNotContainKey("Machine");
    }
}
