package dev.pvecodegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.json.PveJson;
import dev.pvecodegen.runtime.support.OperationInfo;
import dev.pvecodegen.runtime.task.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden and behaviour tests on the hand-written fixture schemas: the generated sources are compared byte for
 * byte with {@code src/test/resources/golden} (rewrite with {@code -Dpvecodegen.golden.update=true}), compiled
 * once with {@code -Werror}, and exercised.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixtureClientTest {
    private static final String BASICS = "dev.fixture.basics";
    private static final String DANGEROUS = "dev.fixture.dangerousnames";

    private final ObjectMapper mapper = PveJson.newMapper();
    private final List<GeneratedFile> all = new ArrayList<>();
    private GeneratedSources basics;
    private GeneratedSources dangerous;
    private Reflect code;
    private Compiler.Compiled compiled;

    @BeforeAll
    void generateAndCompile(@TempDir Path work) throws Exception {
        basics = CodeGenerator.generate(Fixtures.load("basics"), GeneratorOptions.defaults(BASICS));
        dangerous = CodeGenerator.generate(Fixtures.load("dangerous-names"), GeneratorOptions.defaults(DANGEROUS));
        all.addAll(basics.files());
        all.addAll(dangerous.files());
        compiled = Compiler.compile(new GeneratedSources(all), work);
        code = new Reflect(compiled.loader());
    }

    @Test
    void generatedSourcesMatchTheGoldenFiles() {
        String report = Golden.check("basics", basics) + Golden.check("dangerous-names", dangerous);
        assertThat(report).as("golden differences").isEmpty();
    }

    @Test
    void generationIsDeterministic() {
        GeneratedSources again = CodeGenerator.generate(Fixtures.load("basics"), GeneratorOptions.defaults(BASICS));
        assertThat(again).isEqualTo(basics);
        assertThat(basics.files())
                .allSatisfy(f ->
                        assertThat(f.content()).contains("@Generated(\"dev.pvecodegen.generator.CodeGenerator\")"));
    }

    @Test
    void javadocRunsWithoutErrors(@TempDir Path work) throws Exception {
        Compiler.javadoc(compiled.sources(), work);
    }

    @Test
    void netPropertyStringRoundTripsWithKeyAlias() {
        Object net =
                code.callStatic(BASICS + ".model.QemuNet", "parse", "virtio=BC:24:11:2E:C5:4A,bridge=vmbr0,firewall=1");
        assertThat(net.toString()).isEqualTo("virtio=BC:24:11:2E:C5:4A,bridge=vmbr0,firewall=1");
        assertThat(Reflect.call(net, "model")).isSameAs(code.constant(BASICS + ".model.QemuNet$Model", "VIRTIO"));
        assertThat(Reflect.call(net, "macaddr")).isEqualTo(Optional.of("BC:24:11:2E:C5:4A"));
        assertThat(Reflect.call(net, "firewall")).isEqualTo(Optional.of(true));
        Object lenient = code.callStatic(BASICS + ".model.QemuNet", "parse", "model=e1000,firewall=yes,tag=5");
        assertThat(lenient.toString()).isEqualTo("e1000,firewall=1,tag=5");
    }

    @Test
    void diskPropertyStringKeepsTheDefaultKeyBareAndResolvesAliases() {
        String disk = "local-lvm:vm-101-disk-0,size=32G";
        Object parsed = code.callStatic(BASICS + ".model.QemuScsi", "parse", disk);
        assertThat(parsed.toString()).isEqualTo(disk);
        assertThat(Reflect.call(parsed, "file")).isEqualTo("local-lvm:vm-101-disk-0");
        Object aliased =
                code.callStatic(BASICS + ".model.QemuScsi", "parse", "volume=local-lvm:vm-101-disk-0,size=32G");
        assertThat(aliased).isEqualTo(parsed);
    }

    @Test
    void nestedSemicolonListsRoundTrip() {
        Object boot = code.callStatic(BASICS + ".model.QemuBoot", "parse", "order=scsi0;ide2;net0");
        assertThat(Reflect.call(boot, "order")).isEqualTo(List.of("scsi0", "ide2", "net0"));
        assertThat(boot.toString()).isEqualTo("order=scsi0;ide2;net0");
    }

    @Test
    void undescribedKeysAreKeptThroughTheRawEscapeHatch() {
        Object net = code.callStatic(BASICS + ".model.QemuNet", "parse", "virtio,bridge=vmbr0,future-key=42");
        assertThat(net.toString()).isEqualTo("virtio,bridge=vmbr0,future-key=42");
        Object builder = code.callStatic(BASICS + ".model.QemuNet", "builder");
        Reflect.call(builder, "model", code.constant(BASICS + ".model.QemuNet$Model", "E1000"));
        Reflect.call(builder, "raw", "queues", "4");
        assertThat(Reflect.call(builder, "build").toString()).isEqualTo("e1000,queues=4");
    }

    @Test
    void responseKeepsUnknownFieldsDriftedTypesAndUnknownEnumValues() throws Exception {
        String json = "{\"digest\":\"abc\",\"cores\":\"4\",\"onboot\":\"1\",\"name\":{\"odd\":true},"
                + "\"ostype\":\"win12\",\"net0\":\"virtio=BC:24:11:2E:C5:4A,bridge=vmbr0\",\"net1\":\"e1000\","
                + "\"memory\":\"2048\",\"newfield\":[1,2]}";
        Class<?> type = code.type(BASICS + ".model.QemuConfig");
        Object config = mapper.readValue(json, type);
        assertThat(Reflect.call(config, "cores")).isEqualTo(Optional.of(4L));
        assertThat(Reflect.call(config, "onboot")).isEqualTo(Optional.of(true));
        assertThat(Reflect.call(config, "name")).isEqualTo(Optional.empty());
        assertThat(Reflect.call(config, "rawValue", "name")).isEqualTo(Optional.of(Map.of("odd", true)));
        Object ostype = ((Optional<?>) Reflect.call(config, "ostype")).orElseThrow();
        assertThat(Reflect.call(ostype, "isKnown")).isEqualTo(false);
        assertThat(Reflect.call(ostype, "wireValue")).isEqualTo("win12");
        SortedMap<?, ?> nets = (SortedMap<?, ?>) Reflect.call(config, "net");
        assertThat(new ArrayList<Object>(nets.keySet())).containsExactly(0, 1);
        assertThat(nets.get(1).toString()).isEqualTo("e1000");
        Object memory = ((Optional<?>) Reflect.call(config, "memory")).orElseThrow();
        assertThat(Reflect.call(memory, "current")).isEqualTo(2048L);
        assertThat(mapper.readTree(mapper.writeValueAsString(config)))
                .isEqualTo(mapper.readTree(
                        "{\"digest\":\"abc\",\"cores\":4,\"onboot\":true,\"name\":{\"odd\":true},\"ostype\":\"win12\","
                                + "\"net0\":\"virtio=BC:24:11:2E:C5:4A,bridge=vmbr0\",\"net1\":\"e1000\","
                                + "\"memory\":\"2048\",\"newfield\":[1,2]}"));
    }

    @Test
    void knownEnumValuesAreCanonicalConstants() {
        Object of = code.callStatic(BASICS + ".model.QemuOstype", "of", "l26");
        assertThat(of).isSameAs(code.constant(BASICS + ".model.QemuOstype", "L26"));
        assertThat(Reflect.call(of, "isKnown")).isEqualTo(true);
    }

    @Test
    void builderListsAllMissingRequiredParameters() {
        Object builder = code.callStatic(BASICS + ".model.CreateQemu", "builder");
        assertThatThrownBy(() -> Reflect.call(builder, "build"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POST /nodes/{node}/qemu: missing required parameters vmid, storage");
    }

    @Test
    void builderChecksRangesAndFamilyIndexesWithTheParameterName() {
        Object builder = code.callStatic(BASICS + ".model.CreateQemu", "builder");
        Reflect.call(builder, "vmid", 5);
        Reflect.call(builder, "storage", "local");
        assertThatThrownBy(() -> Reflect.call(builder, "build")).hasMessageContaining("vmid must be between 100");
        Object net = code.callStatic(BASICS + ".model.QemuNet", "parse", "virtio");
        assertThatThrownBy(() -> Reflect.call(builder, "net", 32, net)).hasMessageContaining("net index");
    }

    @Test
    void unionMembersAreCheckedAgainstTheDiscriminator() {
        Object builder = code.callStatic(BASICS + ".model.CreateHaRule", "builder");
        Reflect.call(builder, "type", code.constant(BASICS + ".model.HaRulesType", "RESOURCE_AFFINITY"));
        Reflect.call(builder, "rule", "keep-apart");
        Reflect.call(builder, "resources", List.of("vm:100", "vm:101"));
        Reflect.call(builder, "affinity", code.constant(BASICS + ".model.HaRulesAffinity", "NEGATIVE"));
        Object request = Reflect.call(builder, "build");
        assertThat(Reflect.call(request, "parameters"))
                .isEqualTo(Map.of(
                        "type",
                        code.constant(BASICS + ".model.HaRulesType", "RESOURCE_AFFINITY"),
                        "rule",
                        "keep-apart",
                        "resources",
                        "vm:100,vm:101",
                        "affinity",
                        code.constant(BASICS + ".model.HaRulesAffinity", "NEGATIVE")));
        Reflect.call(builder, "strict", true);
        assertThatThrownBy(() -> Reflect.call(builder, "build"))
                .hasMessage("strict applies only to node-affinity, not to resource-affinity");
    }

    @Test
    void requestEncodesFamiliesListsAndBooleans() {
        RecordingExecutor executor = new RecordingExecutor();
        executor.data = "\"UPID:pve1:0000AB12:0001C3D4:65A0B0C0:qmcreate:101:root@pam:\"";
        Object pve = newRoot(BASICS, executor);
        Object builder = code.callStatic(BASICS + ".model.CreateQemu", "builder");
        Reflect.call(builder, "vmid", 101);
        Reflect.call(builder, "storage", "local-lvm");
        Reflect.call(builder, "onboot", true);
        Reflect.call(builder, "net", 3, code.callStatic(BASICS + ".model.QemuNet", "parse", "virtio,bridge=vmbr0"));
        Reflect.call(builder, "tags", List.of("web", "prod"));
        Object qemu = Reflect.call(Reflect.call(pve, "nodes", "pve1"), "qemu");
        Object task = Reflect.call(qemu, "post", Reflect.call(builder, "build"));
        assertThat(task).isInstanceOf(Task.class);
        assertThat(((Task) task).upid().node()).isEqualTo("pve1");
        ApiRequest sent = executor.last();
        assertThat(sent.verb()).isEqualTo(HttpVerb.POST);
        assertThat(sent.path()).isEqualTo("/nodes/pve1/qemu");
        assertThat(sent.params())
                .containsExactly(
                        Map.entry("vmid", "101"),
                        Map.entry("onboot", "1"),
                        Map.entry("storage", "local-lvm"),
                        Map.entry("net3", "virtio,bridge=vmbr0"),
                        Map.entry("tags", "web,prod"));
    }

    @Test
    void navigationBuildsThePathAndDecodesLists() {
        RecordingExecutor executor = new RecordingExecutor();
        executor.data = "\"UPID:pve1:0000AB12:0001C3D4:65A0B0C0:qmstart:100:root@pam:\"";
        Object pve = newRoot(BASICS, executor);
        Object start = Reflect.call(
                Reflect.call(Reflect.call(Reflect.call(pve, "nodes", "pve1"), "qemu", 100), "status"), "start");
        Reflect.call(start, "post");
        assertThat(executor.last().path()).isEqualTo("/nodes/pve1/qemu/100/status/start");
        executor.data = "[{\"vmid\":\"100\",\"status\":\"running\",\"maxmem\":4294967296,\"template\":0}]";
        List<?> vms = (List<?>) Reflect.call(Reflect.call(Reflect.call(pve, "nodes", "pve1"), "qemu"), "get");
        assertThat(Reflect.call(vms.get(0), "vmid")).isEqualTo(100L);
        assertThat(Reflect.call(vms.get(0), "maxmem")).isEqualTo(Optional.of(4294967296L));
        assertThat(Reflect.call(vms.get(0), "template")).isEqualTo(Optional.of(false));
    }

    @Test
    void tokenRefusingOperationsSayItOnTheRequest() {
        RecordingExecutor executor = new RecordingExecutor();
        executor.data = "{\"username\":\"root@pam\",\"ticket\":\"PVE:secret\"}";
        Object builder = code.callStatic(BASICS + ".model.CreateAccessTicket", "builder");
        Reflect.call(builder, "username", "root@pam");
        Reflect.call(builder, "password", "secret");
        Object response = Reflect.call(
                Reflect.call(Reflect.call(newRoot(BASICS, executor), "access"), "ticket"),
                "post",
                Reflect.call(builder, "build"));
        assertThat(executor.last().allowToken()).isFalse();
        assertThat(Reflect.call(response, "csrfPreventionToken")).isEqualTo(Optional.empty());
    }

    @Test
    void dangerousNamesAreUsableIdentifiers() throws Exception {
        Class<?> builder = code.type(DANGEROUS + ".model.StartBulkActionGuest$Builder");
        List<String> methods = new ArrayList<>();
        for (var m : builder.getMethods()) {
            methods.add(m.getName());
        }
        assertThat(methods)
                .contains(
                        "class_",
                        "default_",
                        "maxWorkers",
                        "maxworkers",
                        "new_",
                        "abstract_",
                        "builder_",
                        "build_",
                        "request",
                        "hashCode_",
                        "build");
        for (String constant : List.of(
                "_2M",
                "_1024",
                "LAYER2_3",
                "LAYER3_4",
                "DEFAULT",
                "IMPORT",
                "NODE_AFFINITY",
                "OVS_BRIDGE",
                "DEV_URANDOM")) {
            assertThat(code.constant(DANGEROUS + ".model.BulkActionGuestStartNew", constant))
                    .isNotNull();
        }
        Class<?> item = code.type(DANGEROUS + ".model.ProtectedEntry");
        assertThat(item.getMethod("class_")).isNotNull();
        assertThat(item.getMethod("additionalProperties_").getReturnType()).isEqualTo(Optional.class);
        assertThat(item.getMethod("ciphersTls12")).isNotNull();
        Object root = newRoot(DANGEROUS, new RecordingExecutor());
        Object resource = Reflect.call(
                Reflect.call(Reflect.call(root, "cluster"), "protected_"), "pciIdOrMapping", "0000:01:00.0");
        assertThat(Reflect.call(resource, "getFsinfo")).isNotNull();
        Class<?> familyOwner = code.type(DANGEROUS + ".model.Protected");
        assertThat(familyOwner.getMethod("numa").getReturnType()).isEqualTo(Optional.class);
        assertThat(familyOwner.getMethod("numaFamily").getReturnType()).isEqualTo(SortedMap.class);
        Class<?> familyBuilder = code.type(DANGEROUS + ".model.UpdateProtected$Builder");
        assertThat(familyBuilder.getMethod("numa", boolean.class)).isNotNull();
        assertThat(familyBuilder.getMethod("numaFamily", int.class, String.class))
                .isNotNull();
    }

    @Test
    void operationCatalogueListsEveryOperationWithItsTypes() throws Exception {
        List<?> all =
                (List<?>) code.type(BASICS + ".PveOperations").getField("ALL").get(null);
        assertThat(all).hasSize(Fixtures.load("basics").operations().size());
        OperationInfo create = all.stream()
                .map(OperationInfo.class::cast)
                .filter(o -> o.key().equals("POST /nodes/{node}/qemu"))
                .findFirst()
                .orElseThrow();
        assertThat(create.requestType()).contains(code.type(BASICS + ".model.CreateQemu"));
        assertThat(create.responseType()).isEqualTo(Task.class);
        assertThat(create.task()).isTrue();
        OperationInfo list = all.stream()
                .map(OperationInfo.class::cast)
                .filter(o -> o.key().equals("GET /nodes"))
                .findFirst()
                .orElseThrow();
        assertThat(list.responseType().getTypeName()).isEqualTo("java.util.List<" + BASICS + ".model.NodeEntry>");
    }

    private Object newRoot(String pkg, ApiExecutor executor) {
        try {
            return code.type(pkg + ".Pve").getConstructor(ApiExecutor.class).newInstance(executor);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError(e.getMessage(), e);
        }
    }
}
