package dev.pvecodegen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.PathSegment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingStrategyTest {

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
