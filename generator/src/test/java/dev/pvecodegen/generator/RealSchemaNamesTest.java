package dev.pvecodegen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.bind.Binder;
import dev.pvecodegen.generator.bind.BoundModel;
import dev.pvecodegen.generator.bind.BoundType;
import dev.pvecodegen.generator.bind.Site;
import dev.pvecodegen.generator.bind.TypeList;
import dev.pvecodegen.schema.model.ApiModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The names the real schemas get: the names a Proxmox user would guess for the most used types, short, stable
 * across releases, and every rename visible in review through the checked-in list of pve-9.2's type names
 * ({@code src/test/resources/api/pve-9.2.types.txt}, rewritten with {@code -Dpvecodegen.golden.update=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSchemaNamesTest {
    /** Words that say nothing on their own: never a whole class name. */
    private static final Set<String> GENERIC = Set.of(
            "Type",
            "Types",
            "Default",
            "Delete",
            "Mode",
            "State",
            "Status",
            "Name",
            "Value",
            "Action",
            "Command",
            "Format",
            "Level",
            "Method",
            "Source",
            "Kind",
            "Role",
            "Scope",
            "Result",
            "Entry",
            "Item",
            "Response",
            "Request",
            "Config",
            "Options",
            "Data",
            "Info",
            "List",
            "Map",
            "Key",
            "Id",
            "Query",
            "Create",
            "Update");

    private final Map<String, BoundModel> bound = new HashMap<>();

    private BoundModel bind(String schema) {
        return bound.computeIfAbsent(schema, s -> Binder.bind(load(s), GeneratorOptions.defaults("dev.it")));
    }

    @Test
    void theListOfPve92TypeNamesIsCheckedIn() {
        assertThat(Golden.checkFile("api/pve-9.2.types.txt", TypeList.of(bind("pve-9.2"))))
                .as("renamed classes")
                .isEmpty();
    }

    @Test
    void theTypesAProxmoxUserTouchesMostHaveTheNamesTheyWouldGuess() {
        BoundModel pve = bind("pve-9.2");
        assertThat(nameAt(pve, "GET /cluster/resources#returns[]")).isEqualTo("ClusterResource");
        assertThat(nameAt(pve, "GET /nodes/{node}/status#returns")).isEqualTo("NodeStatus");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu/{vmid}/config#returns")).isEqualTo("QemuConfig");
        assertThat(nameAt(pve, "GET /nodes/{node}/lxc/{vmid}/config#returns")).isEqualTo("LxcConfig");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu/{vmid}/status/current#returns"))
                .isEqualTo("QemuStatus");
        assertThat(nameAt(pve, "GET /nodes/{node}/tasks/{upid}/status#returns")).isEqualTo("TaskStatus");
        assertThat(nameAt(pve, "GET /nodes#returns[]")).isEqualTo("NodeEntry");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu#returns[]")).isEqualTo("QemuEntry");
        assertThat(nameAt(pve, "GET /nodes/{node}/lxc#returns[]")).isEqualTo("LxcEntry");
        assertThat(nameAt(pve, "POST /nodes/{node}/qemu#request")).isEqualTo("CreateQemu");
        assertThat(nameAt(pve, "POST /nodes/{node}/lxc#request")).isEqualTo("CreateLxc");
        assertThat(nameAt(pve, "PUT /nodes/{node}/qemu/{vmid}/config#request")).isEqualTo("UpdateQemuConfig");
        assertThat(nameAt(pve, "PUT /nodes/{node}/lxc/{vmid}/config#request")).isEqualTo("UpdateLxcConfig");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu#returns[]/status")).isEqualTo("GuestState");
        assertThat(nameAt(pve, "GET /nodes/{node}/lxc#returns[]/status")).isEqualTo("GuestState");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu/{vmid}/status/current#returns/status"))
                .isEqualTo("GuestState");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu/{vmid}/config#returns/scsi"))
                .isEqualTo(nameAt(pve, "PUT /nodes/{node}/qemu/{vmid}/config#request/scsi"))
                .isEqualTo(nameAt(pve, "POST /nodes/{node}/qemu#request/scsi"))
                .isEqualTo("QemuScsi");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu/{vmid}/config#returns/net"))
                .isEqualTo(nameAt(pve, "PUT /nodes/{node}/qemu/{vmid}/config#request/net"))
                .isEqualTo("QemuNet");
    }

    @Test
    void whatTheSupplementTypesGetsTheClassesItsFactsName() {
        BoundModel pve = bind("pve-9.2");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/config#returns"))
                .as("a snapshot's config is the VM's config (supplement entry like), but every member optional")
                .isEqualTo("QemuSnapshotConfig");
        assertThat(nameAt(pve, "GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config#returns"))
                .isEqualTo("LxcSnapshotConfig");
        assertThat(nameAt(pve, "GET /nodes/{node}/qemu/{vmid}/rrddata#returns[]"))
                .isEqualTo(nameAt(pve, "GET /nodes/{node}/lxc/{vmid}/rrddata#returns[]"))
                .isEqualTo("GuestRrdEntry");
        assertThat(nameAt(pve, "GET /cluster/options#returns")).isEqualTo("ClusterOptions");
        assertThat(nameAt(pve, "GET /cluster/ha/groups/{group}#returns")).isEqualTo("HaGroup");
        assertThat(nameAt(pve, "GET /cluster#returns[]"))
                .isEqualTo(nameAt(pve, "GET /nodes/{node}#returns[]"))
                .isEqualTo("IndexEntry");
    }

    @Test
    void modelClassNamesAreShort() {
        List<Integer> lengths = topLevel(bind("pve-9.2")).stream()
                .map(t -> t.name().length())
                .sorted()
                .toList();
        int median = lengths.get((lengths.size() - 1) / 2);
        System.out.printf(
                Locale.ROOT,
                "pve-9.2: %d model classes, name length median %d, max %d%n",
                lengths.size(),
                median,
                lengths.get(lengths.size() - 1));
        assertThat(median).isLessThanOrEqualTo(18);
    }

    /**
     * Of the model classes pve-7.2 gets whose operation still exists in pve-9.2, at least 93 % keep their name at
     * the site that named them.
     */
    @Test
    void namesAreStableAcrossReleases() {
        BoundModel old = bind("pve-7.2");
        BoundModel current = bind("pve-9.2");
        Set<String> operations =
                current.operations().stream().map(op -> op.operation().key()).collect(Collectors.toSet());
        Map<String, String> currentNames = namesBySite(current);
        List<BoundType> comparable = topLevel(old).stream()
                .filter(t -> operations.contains(t.sites().get(0).operationKey()))
                .toList();
        List<String> renamed = comparable.stream()
                .filter(t -> !t.name().equals(currentNames.get(t.sites().get(0).text())))
                .map(t -> t.name() + " -> " + currentNames.get(t.sites().get(0).text()))
                .toList();
        double kept = 1.0 - (double) renamed.size() / comparable.size();
        System.out.printf(
                Locale.ROOT,
                "pve-7.2 -> pve-9.2: %d of %d model classes keep their name (%.1f %%)%n",
                comparable.size() - renamed.size(),
                comparable.size(),
                kept * 100);
        renamed.forEach(r -> System.out.println("  renamed " + r));
        assertThat(kept).as("renamed: %s", renamed).isGreaterThanOrEqualTo(0.93);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2", "pve-7.2", "pbs-4.2"})
    void noClassNameIsABareGenericWordOrCarriesANumberTheSchemaDoesNot(String schema) {
        for (BoundType type : bind(schema).types().values()) {
            String simple = type.name().substring(type.name().lastIndexOf('.') + 1);
            if (!type.isNested()) {
                assertThat(GENERIC).as(type.name()).doesNotContain(simple);
            }
            String digits = simple.replaceAll("^.*?([0-9]*)$", "$1");
            if (!digits.isEmpty()) {
                Site site = type.sites().get(0);
                String word =
                        simple.replaceAll("^.*?([A-Z][a-z]*[0-9]+)$", "$1").toLowerCase(Locale.ROOT);
                assertThat((site.path() + site.element()).toLowerCase(Locale.ROOT))
                        .as("%s ends in a number its schema does not have", type.name())
                        .contains(word);
            }
        }
    }

    private static List<BoundType> topLevel(BoundModel model) {
        return model.topLevelTypes();
    }

    private static String nameAt(BoundModel model, String site) {
        String name = namesBySite(model).get(site);
        assertThat(name).as("a class at %s", site).isNotNull();
        return name;
    }

    private static Map<String, String> namesBySite(BoundModel model) {
        Map<String, String> names = new HashMap<>();
        model.types().values().forEach(t -> t.sites().forEach(s -> names.put(s.text(), t.name())));
        return names;
    }

    private static ApiModel load(String schema) {
        return Fixtures.pinned(schema);
    }
}
