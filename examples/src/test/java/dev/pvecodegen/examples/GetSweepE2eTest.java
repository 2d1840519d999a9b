package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreateLxc;
import dev.pvecodegen.client.pve.model.CreateLxcSnapshot;
import dev.pvecodegen.client.pve.model.CreatePool;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.CreateQemuSnapshot;
import dev.pvecodegen.client.pve.model.LxcRootfs;
import dev.pvecodegen.client.pve.model.QemuAgent;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuScsi;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.task.Upid;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.testkit.PveSimulatorTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls every GET operation of PVE 9.2 that has no path variable, or only variables the simulator has objects for
 * (node, a running VM with guest agent, container, storage, volume, user, token, pool, snapshot, task, realm),
 * through the generated client, and reads every typed answer to its leaves. Required query parameters get sample
 * values.
 */
@PveSimulatorTest(setup = Simulators.E2eToken.class, login = PveSimulatorTest.Login.PASSWORD)
class GetSweepE2eTest {
    private static final String NODE = "pve";
    private static final int VMID = 100;
    private static final int CTID = 101;
    private static final String ISO = "local:iso/debian-13.1.0-amd64-netinst.iso";
    private static final String TEMPLATE = "local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst";

    /** Sample wire values for required query parameters of GET operations. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("schedule", "daily"),
            Map.entry("node", NODE),
            Map.entry("pid", "1"),
            Map.entry("file", "/etc/hostname"),
            Map.entry("ds", "cpu"),
            Map.entry("timeframe", "hour"),
            Map.entry("type", "user"),
            Map.entry("port", "5900"),
            Map.entry("vncticket", "PVEVNC:00000000::x"),
            Map.entry("feature", "snapshot"),
            Map.entry("socket", "/run/qemu-server/100.mtunnel"),
            Map.entry("ticket", "x"),
            Map.entry("config-keys", "global:fsid"),
            Map.entry("action", "stop"),
            Map.entry("id", "0"),
            Map.entry("service", "osd"),
            Map.entry("volume", ISO),
            Map.entry("server", "192.0.2.10"),
            Map.entry("username", "backup@pbs"),
            Map.entry("password", "x"),
            Map.entry("portal", "192.0.2.10"),
            Map.entry("vg", "pve"),
            Map.entry("filepath", "/"),
            Map.entry("disk", "/dev/sda"),
            Map.entry("name", "pve-manager"),
            Map.entry("reference", "docker.io/library/debian"),
            Map.entry("url", "https://example.com/x.iso"));

    private static PveClient client;
    private static RecordingExecutor recorder;
    private static Map<String, String> pathValues;

    /** root@pam with a ticket: some GETs are reserved to root (no permissions in the schema) and refuse tokens. */
    @BeforeAll
    static void startAndSeed(PveClient rootWithTicket) {
        client = rootWithTicket;
        Pve pve = new Pve(client);
        Duration timeout = Duration.ofSeconds(30);
        Upid created = pve.nodes(NODE)
                .qemu()
                .post(CreateQemu.builder()
                        .vmid(VMID)
                        .name("sweep-vm")
                        .scsi(0, QemuScsi.builder().file("local-lvm:4").build())
                        .net(
                                0,
                                QemuNet.builder()
                                        .model(QemuNet.Model.VIRTIO)
                                        .bridge("vmbr0")
                                        .build())
                        .agent(QemuAgent.builder().enabled(true).build()) // the agent/* calls need it, and a running VM
                        .build())
                .await(timeout)
                .upid();
        pve.nodes(NODE).qemu().vmid(VMID).status().start().post().await(timeout);
        pve.nodes(NODE)
                .qemu()
                .vmid(VMID)
                .snapshot()
                .post(CreateQemuSnapshot.builder().snapname("sweep").build())
                .await(timeout);
        pve.nodes(NODE)
                .lxc()
                .post(CreateLxc.builder()
                        .vmid(CTID)
                        .hostname("sweep-ct")
                        .ostemplate(TEMPLATE)
                        .rootfs(LxcRootfs.parse("local-lvm:4"))
                        .build())
                .await(timeout);
        pve.nodes(NODE)
                .lxc()
                .vmid(CTID)
                .snapshot()
                .post(CreateLxcSnapshot.builder().snapname("sweep").build())
                .await(timeout);
        pve.pools().post(CreatePool.builder().poolid("sweep").build());
        pathValues = Map.of(
                "node",
                NODE,
                "storage",
                "local",
                "volume",
                ISO,
                "userid",
                Simulators.TOKEN_USER,
                "tokenid",
                Simulators.TOKEN_NAME,
                "poolid",
                "sweep",
                "snapname",
                "sweep",
                "upid",
                created.toString(),
                "realm",
                "pam");
        recorder = new RecordingExecutor(client);
    }

    /** The value of a path variable for resource {@code target}: a container's id for {@code lxc}, else the VM's. */
    private static Optional<String> pathValue(Class<?> target, String variable) {
        if (variable.equals("vmid")) {
            return Optional.of(String.valueOf(target.getSimpleName().contains("Lxc") ? CTID : VMID));
        }
        return Optional.ofNullable(pathValues.get(variable));
    }

    @Test
    void everyReachableGetAnswersWithATypedValueThatReadsCompletely() {
        Pve pve = new Pve(recorder);
        List<String> failures = new ArrayList<>();
        TypedValues reader = new TypedValues();
        int calls = 0;
        for (ResourceTree.Node node : ResourceTree.walk(pve, GetSweepE2eTest::pathValue)) {
            Optional<Method> get = getMethod(node.resource().getClass());
            if (get.isEmpty()) {
                continue;
            }
            calls++;
            String where = "GET " + pathTemplate(node.resource());
            try {
                Object answer = get.get().getParameterCount() == 0
                        ? get.get().invoke(node.resource())
                        : get.get().invoke(node.resource(), request(get.get().getParameterTypes()[0], where));
                reader.readFully(answer, where);
            } catch (InvocationTargetException e) {
                failures.add(where + ": " + e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                failures.add(where + ": " + e);
            }
        }

        assertThat(failures)
                .as("GET operations that failed through the generated client")
                .isEmpty();
        Set<String> expected = reachableGets();
        Set<String> called = new TreeSet<>(recorder.calls());
        assertThat(called).as("GET operations called").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(calls).isEqualTo(expected.size());
        assertThat(expected).hasSizeGreaterThan(250);
        assertThat(reader.valuesRead()).isGreaterThan(expected.size());
    }

    /** {@code "GET path"} of every GET in the model whose path variables all have a seeded value. */
    private static Set<String> reachableGets() {
        Set<String> seeded = new HashSet<>(pathValues.keySet());
        seeded.add("vmid");
        return Simulators.model().operations().stream()
                .filter(op -> op.method() == HttpMethod.GET)
                .filter(op -> op.pathParameters().stream().map(Parameter::name).allMatch(seeded::contains))
                .map(op -> "GET " + op.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code get()}, or {@code get(request)} when the operation has required parameters. */
    private static Optional<Method> getMethod(Class<?> resource) {
        List<Method> gets = Arrays.stream(resource.getMethods())
                .filter(m -> m.getName().equals("get") && m.getDeclaringClass() == resource)
                .toList();
        return gets.stream()
                .filter(m -> m.getParameterCount() == 0)
                .findFirst()
                .or(() -> gets.stream().filter(m -> m.getParameterCount() == 1).findFirst());
    }

    /** The resource's path template, from the request its (private) request factory starts. */
    private static String pathTemplate(Object resource) {
        try {
            Method factory = resource.getClass().getDeclaredMethod("apiRequest", HttpVerb.class);
            factory.setAccessible(true);
            return ((ApiRequest.Builder) factory.invoke(resource, HttpVerb.GET))
                    .build()
                    .pathTemplate();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no request factory in " + resource.getClass(), e);
        }
    }

    /** A request with a sample value for each required parameter of the operation at {@code where}. */
    private static Object request(Class<?> requestType, String where) throws ReflectiveOperationException {
        Operation operation = Simulators.model()
                .operation(HttpMethod.GET, where.substring("GET ".length()))
                .orElseThrow(() -> new IllegalStateException("no operation " + where));
        Object builder = requestType.getMethod("builder").invoke(null);
        for (Parameter parameter : operation.requestParameters()) {
            if (!parameter.required()) {
                continue;
            }
            String sample = SAMPLES.get(parameter.name());
            if (sample == null) {
                throw new IllegalStateException("no sample value for required parameter " + parameter.name());
            }
            Method setter = setterFor(builder.getClass(), parameter.name());
            setter.invoke(builder, SampleValues.convert(sample, setter.getParameterTypes()[0]));
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Method setterFor(Class<?> builder, String wireName) {
        String wanted = SampleValues.normalized(wireName);
        return Arrays.stream(builder.getMethods())
                .filter(m -> m.getParameterCount() == 1 && m.getReturnType() == builder)
                .filter(m -> SampleValues.normalized(m.getName()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(builder.getName() + " has no setter for " + wireName));
    }
}
