package dev.pvecodegen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.PathSegment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingStrategyTest {

    @ParameterizedTest
    @CsvSource({
        "max-workers, max workers",
        "CSRFPreventionToken, csrf prevention token",
        "HTTPServer, http server",
        "vm2Disk, vm2 disk",
        "net0, net0",
        "ABC, abc",
        "aB, a b",
        "'--x__Yz..', x yz",
        "'', ''",
        "ciphers-tls-1.2, ciphers tls 1 2",
        "ébc-Déf, bc d f",
        "OVSBridge, ovs bridge",
        "a1B2c, a1 b2c"
    })
    void words(String wire, String words) {
        assertThat(NamingStrategy.words(wire)).isEqualTo(words.isEmpty() ? List.of() : List.of(words.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({
        "max-workers, maxWorkers", "maxworkers, maxworkers", "class, class_", "default, default_",
        "protected, protected_", "new, new_", "CSRFPreventionToken, csrfPreventionToken", "keepActive, keepActive",
        "ciphers-tls-1.2, ciphersTls12", "hashCode, hashCode_", "get-fsinfo, getFsinfo", "2fa, _2fa",
        "pci-id-or-mapping, pciIdOrMapping", "node_id, nodeId", "'{id}', id", "'', value"
    })
    void memberNames(String wire, String java) {
        assertThat(NamingStrategy.memberName(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "2m, _2M", "1024, _1024", "layer2+3, LAYER2_3", "node-affinity, NODE_AFFINITY", "OVSBridge, OVS_BRIDGE",
        "/dev/urandom, DEV_URANDOM", "3.11, _3_11", "<invalid>, INVALID", "default, DEFAULT", "'', EMPTY"
    })
    void constantNames(String wire, String java) {
        assertThat(NamingStrategy.constantName(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "qemu-net, QemuNet",
        "nodes-node-qemu, NodesNodeQemu",
        "1984hosting, _1984hosting",
        "class, Class",
        "int, Int"
    })
    void typeNames(String wire, String java) {
        assertThat(NamingStrategy.typeName(wire)).isEqualTo(java);
    }

    @Test
    void typeAndMethodNamesComeFromPathsAndVerbs() {
        List<PathSegment> path = List.of(
                new PathSegment.Literal("nodes"),
                new PathSegment.Variable("node"),
                new PathSegment.Literal("qemu"),
                new PathSegment.Variable("vmid"),
                new PathSegment.Literal("get-fsinfo"));
        assertThat(NamingStrategy.resourceClassName(path)).isEqualTo("NodesNodeQemuVmidGetFsinfo");
        assertThat(NamingStrategy.operationMethodName(HttpMethod.DELETE)).isEqualTo("delete");
        assertThat(NamingStrategy.rootClassName(Dialect.PBS)).isEqualTo("Pbs");
        assertThat(NamingStrategy.operationsClassName("Pve")).isEqualTo("PveOperations");
        assertThat(NamingStrategy.familyMemberName("numa")).isEqualTo("numaFamily");
        assertThat(NamingStrategy.jsonSetterName("class_")).isEqualTo("setClass_");
    }

    private static List<PathSegment> path(String path) {
        return Arrays.stream(path.substring(1).split("/", -1))
                .map(s -> s.startsWith("{")
                        ? (PathSegment) new PathSegment.Variable(s.substring(1, s.length() - 1))
                        : new PathSegment.Literal(s))
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        "/nodes/{node}/qemu/{vmid}/config, false, QemuConfig, NodeQemuConfig",
        "/nodes/{node}/status, false, NodeStatus, NodeStatus",
        "/nodes/{node}/tasks/{upid}/status, false, TaskStatus, NodeTaskStatus",
        "/nodes/{node}/qemu, true, Qemu, NodeQemu",
        "/cluster/resources, false, ClusterResources, ClusterResources",
        "/cluster/sdn/vnets/{vnet}/subnets, true, SdnVnetSubnets, ClusterSdnVnetSubnets",
        "/cluster/firewall/groups/{group}/{pos}, false, FirewallGroupPos, ClusterFirewallGroupPos",
        "/access/users/{userid}, false, AccessUser, AccessUser",
        "/version, false, Version, Version"
    })
    void nounsComeFromTheResourceWithoutVariablesAndNodeOrClusterContext(
            String path, boolean collection, String shortForm, String fullForm) {
        PathNoun noun = PathNoun.of(path(path), collection);
        assertThat(noun.shortForm()).isEqualTo(shortForm);
        assertThat(noun.fullForm()).isEqualTo(fullForm);
    }

    @ParameterizedTest
    @CsvSource({
        "Nodes, Node",
        "RouteMaps, RouteMap",
        "Entries, Entry",
        "Aliases, Alias",
        "Addresses, Address",
        "Status, Status",
        "Dns, Dns",
        "Zfs, Zfs",
        "Children, Child",
        "Qemu, Qemu",
        "Ips, Ip",
        "Statuses, Status"
    })
    void singular(String plural, String single) {
        assertThat(PathNoun.singular(plural)).isEqualTo(single);
    }

    private static NamingStrategy.OperationFacts facts(
            HttpMethod method, String path, boolean collection, boolean updatable, boolean readAnswer) {
        return new NamingStrategy.OperationFacts(method, path(path), collection, true, updatable, readAnswer);
    }

    @Test
    void requestsAreNamedForTheirAction() {
        assertThat(NamingStrategy.requestNames(facts(HttpMethod.POST, "/nodes/{node}/qemu", true, false, false)))
                .startsWith("CreateQemu", "CreateNodeQemu");
        assertThat(NamingStrategy.requestNames(
                        facts(HttpMethod.PUT, "/nodes/{node}/qemu/{vmid}/config", false, true, true)))
                .startsWith("UpdateQemuConfig");
        assertThat(NamingStrategy.requestNames(facts(HttpMethod.GET, "/cluster/resources", false, false, true)))
                .startsWith("ClusterResourcesQuery");
        assertThat(NamingStrategy.requestNames(
                        facts(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/status/start", false, false, false)))
                .startsWith("StartQemu", "StartNodeQemu");
        assertThat(NamingStrategy.requestNames(
                        facts(HttpMethod.POST, "/nodes/{node}/qemu/{vmid}/agent/exec", false, false, false)))
                .startsWith("ExecQemuAgent");
        assertThat(NamingStrategy.requestNames(
                        facts(HttpMethod.POST, "/cluster/sdn/vnets/{vnet}/ips", false, false, false)))
                .startsWith("CreateSdnVnetIp");
        assertThat(NamingStrategy.requestNames(facts(HttpMethod.DELETE, "/access/tfa/{userid}", false, true, false)))
                .endsWith("DeleteAccessTfaUserid", "AccessTfaUseridDeleteRequest");
    }

    @Test
    void answersAreNamedForWhatTheyHoldWithoutAVerb() {
        assertThat(NamingStrategy.answerNames(
                        facts(HttpMethod.GET, "/nodes/{node}/qemu/{vmid}/config", false, true, true), false, "Q"))
                .startsWith("QemuConfig", "NodeQemuConfig");
        assertThat(NamingStrategy.answerNames(facts(HttpMethod.GET, "/nodes", true, false, false), true, "Q"))
                .startsWith("NodeEntry");
        assertThat(NamingStrategy.answerNames(
                        facts(HttpMethod.GET, "/cluster/resources", false, false, false), true, "Q"))
                .startsWith("ClusterResource");
        assertThat(NamingStrategy.answerNames(
                        facts(HttpMethod.POST, "/access/ticket", false, false, false), false, "X"))
                .startsWith("AccessTicket");
        assertThat(NamingStrategy.answerNames(
                        facts(HttpMethod.PUT, "/access/users/{userid}/token/{tokenid}", false, true, true),
                        false,
                        "UpdateApiToken"))
                .startsWith("UpdateApiTokenResult");
    }

    @Test
    void sharedTypesAreNeverABareGenericWord() {
        assertThat(NamingStrategy.propertyTypeNames("type", List.of("ClusterResource", "ClusterResources")))
                .startsWith("ClusterResourceType", "ClusterResourcesType");
        assertThat(NamingStrategy.propertyTypeNames("vlan-protocol", List.of("NetworkEntry")))
                .startsWith("VlanProtocol", "NetworkEntryVlanProtocol");
        assertThat(NamingStrategy.propertyTypeNames("efidisk0", List.of("Qemu")))
                .startsWith("QemuEfidisk");
        assertThat(NamingStrategy.nestedNames("NodeStatus", "cpuinfo", false)).startsWith("NodeStatusCpuinfo");
        assertThat(NamingStrategy.nestedNames("AptRepositories", "files", true)).startsWith("AptRepositoriesFile");
    }

    @Test
    void reservedNamesGetATrailingUnderscore() {
        assertThat(NamingStrategy.memberName("build", Set.of("build"))).isEqualTo("build_");
        assertThat(NamingStrategy.memberName("bridge", Set.of("build"))).isEqualTo("bridge");
    }

    @Test
    void uniqueNamesNumberCollisionsInOrderAndCanIgnoreCase() {
        UniqueNames names = new UniqueNames(true);
        assertThat(names.allocate("FooBar")).isEqualTo("FooBar");
        assertThat(names.allocate("Foobar")).isEqualTo("Foobar2");
        assertThat(names.allocate("FooBar")).isEqualTo("FooBar3");
        UniqueNames sensitive = new UniqueNames(false);
        assertThat(sensitive.allocate("maxWorkers")).isEqualTo("maxWorkers");
        assertThat(sensitive.allocate("maxworkers")).isEqualTo("maxworkers");
    }
}
