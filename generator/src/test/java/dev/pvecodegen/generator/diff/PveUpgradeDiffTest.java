package dev.pvecodegen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real upgrade PVE 7.2 → 9.2 (schemas read from ../shared/apidoc): the report must contain the known changes
 * of the format reference ({@code ../shared/docs/apidoc-format.md}, section 10).
 */
class PveUpgradeDiffTest {

    private static ApiModel pve72;
    private static ApiModel pve92;
    private static CompatibilityCheck.Result result;
    private static DiffReport report;

    @BeforeAll
    static void compare() throws SchemaException {
        pve72 = SchemaLoader.load(SchemaRef.parse("pve-7.2"), LoadOptions.defaults());
        pve92 = SchemaLoader.load(SchemaRef.parse("pve-9.2"), LoadOptions.defaults());
        result = CompatibilityCheck.run(pve72, pve92, ReportFormat.TEXT);
        report = result.report();
    }

    private static List<Change> at(String method, String path, String element) {
        return report.changes().stream()
                .filter(c -> c.location().method().name().equals(method)
                        && c.location().path().equals(path)
                        && c.location().element().equals(element))
                .toList();
    }

    private static long count(Predicate<Change> filter) {
        return report.changes().stream().filter(filter).count();
    }

    /** The client pve-7.2 gave and the one pve-9.2 gives name some classes differently: each is reported. */
    @Test
    void renamedClassesAreBreakingWithTheirOldAndNewName() {
        assertThat(report.changes(Severity.BREAKING))
                .filteredOn(c -> c.kind() == ChangeKind.CLASS_RENAMED)
                .extracting(c -> c.location().operationKey(), Change::message)
                .contains(
                        tuple("PUT /nodes/{node}/network/{iface}", "class `UpdateNetwork` is now `UpdateNodeNetwork`"));
    }

    @Test
    void operationCountsMatchTheFormatReference() {
        assertThat(report.operations()).isEqualTo(new DiffReport.OperationCounts(182, 11, 493));
        assertThat(count(c -> c.kind() == ChangeKind.OPERATION_ADDED)).isEqualTo(182);
        assertThat(report.changes(Severity.BREAKING).stream()
                        .filter(c -> c.kind() == ChangeKind.OPERATION_REMOVED)
                        .map(c -> c.location().operationKey()))
                .containsExactlyInAnyOrder(
                        "POST /access/tfa",
                        "GET /nodes/{node}/ceph/config",
                        "GET /nodes/{node}/ceph/configdb",
                        "GET /nodes/{node}/ceph/pools",
                        "POST /nodes/{node}/ceph/pools",
                        "GET /nodes/{node}/ceph/pools/{name}",
                        "PUT /nodes/{node}/ceph/pools/{name}",
                        "DELETE /nodes/{node}/ceph/pools/{name}",
                        "GET /nodes/{node}/hardware/pci/{pciid}",
                        "GET /nodes/{node}/hardware/pci/{pciid}/mdev",
                        "GET /nodes/{node}/scan/glusterfs");
    }

    @Test
    void renamedPathsPointToTheirSuccessors() {
        assertThat(at("GET", "/nodes/{node}/ceph/pools/{name}", ""))
                .extracting(Change::message)
                .containsExactly("operation removed (see `GET /nodes/{node}/ceph/pool/{name}`)");
        assertThat(at("GET", "/nodes/{node}/hardware/pci/{pciid}/mdev", ""))
                .extracting(Change::message)
                .containsExactly("operation removed (see `GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev`)");
    }

    @Test
    void parameterCountsMatchTheFormatReference() {
        assertThat(count(c -> c.kind() == ChangeKind.PARAMETER_ADDED)).isEqualTo(116);
        assertThat(report.changes().stream()
                        .filter(c -> c.kind() == ChangeKind.PARAMETER_REMOVED)
                        .map(c -> c.location().element())
                        .distinct())
                .containsExactlyInAnyOrder("maxfiles", "transport", "server2", "volume");
        assertThat(count(c -> c.kind() == ChangeKind.PARAMETER_REMOVED)).isEqualTo(10);
    }

    @Test
    void memoryBecomesAPropertyString() {
        for (String[] op : new String[][] {
            {"POST", "/nodes/{node}/qemu"},
            {"POST", "/nodes/{node}/qemu/{vmid}/config"},
            {"PUT", "/nodes/{node}/qemu/{vmid}/config"}
        }) {
            assertThat(at(op[0], op[1], "memory")).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(ChangeKind.TYPE_CHANGED);
                assertThat(change.severity()).isEqualTo(Severity.BREAKING);
                assertThat(change.message())
                        .isEqualTo("type changed from integer (16..) to property string `[current=]<integer>`");
                assertThat(change.consequence())
                        .startsWith("`memory` is now a property string: its setter takes a "
                                + "property-string value class instead of an integer")
                        .endsWith("(as `current`)");
            });
        }
    }

    @Test
    void excludePathAndAgentCommandBecomeArraysAndCommandBecomesRequired() {
        for (String[] op : new String[][] {
            {"POST", "/cluster/backup"}, {"PUT", "/cluster/backup/{id}"}, {"POST", "/nodes/{node}/vzdump"}
        }) {
            assertThat(at(op[0], op[1], "exclude-path"))
                    .extracting(Change::kind, Change::severity, Change::message)
                    .containsExactly(tuple(
                            ChangeKind.TYPE_CHANGED,
                            Severity.BREAKING,
                            "type changed from list string `string-alist` (NUL-separated) to array of string"));
        }
        assertThat(at("POST", "/nodes/{node}/qemu/{vmid}/agent/exec", "command"))
                .extracting(Change::kind, Change::severity)
                .containsExactly(
                        tuple(ChangeKind.NOW_REQUIRED, Severity.BREAKING),
                        tuple(ChangeKind.TYPE_CHANGED, Severity.BREAKING));
    }

    @Test
    void otherKnownTypeAndFormatChanges() {
        assertThat(at("POST", "/nodes/{node}/qemu/{vmid}/status/start", "machine"))
                .singleElement()
                .satisfies(c -> assertThat(c.message()).startsWith("type changed from string to property string"));
        assertThat(at("POST", "/nodes/{node}/qemu", "rng0"))
                .singleElement()
                .satisfies(c -> assertThat(c.message()).endsWith("to opaque property string `pve-qm-rng`"));
        assertThat(at("PUT", "/nodes/{node}/config", "wakeonlan"))
                .singleElement()
                .satisfies(c -> assertThat(c.message())
                        .startsWith("type changed from string (format `mac-addr`) to "
                                + "property string `[mac=]<string>"));
        assertThat(at("POST", "/storage", "format"))
                .singleElement()
                .satisfies(c -> assertThat(c.message())
                        .isEqualTo("type changed from string (format `pve-storage-format`) to enum of 4 values"));
        assertThat(at("PUT", "/storage/{storage}", "blocksize"))
                .extracting(Change::message)
                .containsExactly("format `pve-storage-zfs-blocksize` added");
        assertThat(at("POST", "/cluster/ha/groups", "nodes"))
                .extracting(Change::message)
                .containsExactly("format changed from `pve-ha-group-node-list` to `pve-ha-node-list`");
    }

    @Test
    void returnTypeChanges() {
        assertThat(at("PUT", "/nodes/{node}/qemu/{vmid}/resize", "returns"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(ChangeKind.RETURN_TYPE_CHANGED);
                    assertThat(c.severity()).isEqualTo(Severity.BREAKING);
                    assertThat(c.message()).isEqualTo("return type changed from nothing to task id (UPID)");
                });
        for (String action : new String[] {"migrate", "relocate"}) {
            assertThat(at("POST", "/cluster/ha/resources/{sid}/" + action, "returns"))
                    .extracting(Change::message)
                    .containsExactly("return type changed from nothing to object");
        }
    }

    @Test
    void apidocNameChangesAreNeutral() {
        assertThat(report.changes(Severity.NEUTRAL).stream()
                        .filter(c -> c.kind() == ChangeKind.OPERATION_ALIAS_CHANGED)
                        .map(Change::message))
                .contains(
                        "apidoc name changed from `pciscan` to `pci_scan`",
                        "apidoc name changed from `update_pool` to `update_pool_deprecated`",
                        "apidoc name changed from `delete_pool` to `delete_pool_deprecated`");
    }

    @Test
    void everyFormatIsDeterministicAndComplete() throws Exception {
        DiffReport again = SchemaDiff.compare(pve72, pve92);
        assertThat(again).isEqualTo(report);
        assertThat(result.rendered()).isEqualTo(ReportFormat.TEXT.render(again));
        String markdown = ReportFormat.MARKDOWN.render(report);
        assertThat(markdown)
                .isEqualTo(ReportFormat.MARKDOWN.render(again))
                .contains("| operations added | 182 |", "| operations removed | 11 |", "| operations in both | 493 |")
                .contains("| `PUT /nodes/{node}/qemu/{vmid}/resize` | `returns` | return type changed from nothing "
                        + "to task id (UPID) |");
        String json = ReportFormat.JSON.render(report);
        assertThat(json).isEqualTo(ReportFormat.JSON.render(again));
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("changes")).hasSize(report.changes().size());
        assertThat(root.at("/summary/changes/breaking").asLong()).isEqualTo(report.count(Severity.BREAKING));
        assertThat(result.breaking()).isTrue();
    }
}
