package dev.pvecodegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.NodeEntry;
import dev.pvecodegen.client.pve.model.QemuConfig;
import dev.pvecodegen.client.pve.model.QemuMemory;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.Version;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.TaskResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compiled pve-client against a local fake node: typed reads, typed writes with property strings, tasks and
 * errors. A broken emitter fails here, in the published artifact's own build.
 */
class GeneratedClientTest {

    private static final String TOKEN_ID = "automation@pve!ci";
    private static final String SECRET = "3f1c0e2a-7d55-4c1b-9a55-0d8e4f2b6c11";
    private static final String UPID_CREATE = "UPID:pve1:0000A1B2:0001C3D4:6762F0A0:qmcreate:100:automation@pve!ci:";
    private static final String UPID_START = "UPID:pve1:0000A1B3:0001C3D5:6762F0A1:qmstart:100:automation@pve!ci:";

    private FakePveServer server;
    private PveClient client;
    private Pve pve;

    @BeforeEach
    void connect() throws Exception {
        server = FakePveServer.http();
        client = PveClient.builder()
                .host(server.host())
                .apiToken(TOKEN_ID, SECRET)
                .noRetries()
                .build();
        pve = new Pve(client);
    }

    @AfterEach
    void disconnect() {
        client.close();
        server.close();
    }

    @Test
    void readsTypedResponsesWithTheApiToken() {
        server.answer("GET", "/version", """
                {"release": "9.2", "version": "9.2.1", "repoid": "0a1b2c3d", "console": "xtermjs"}""");
        server.answer("GET", "/nodes", """
                [{"node": "pve1", "status": "online", "maxmem": 68719476736, "cpu": 0.07},
                 {"node": "pve2", "status": "offline"}]""");

        Version version = pve.version().get();
        List<NodeEntry> nodes = pve.nodes().get();

        assertThat(version.release()).isEqualTo("9.2");
        assertThat(version.version()).isEqualTo("9.2.1");
        assertThat(nodes).extracting(NodeEntry::node).containsExactly("pve1", "pve2");
        assertThat(nodes.get(0).status().wireValue()).isEqualTo("online");
        assertThat(nodes.get(0).maxmem()).contains(68719476736L);
        assertThat(server.last("GET", "/version").authorization()).isEqualTo("PVEAPIToken=" + TOKEN_ID + "=" + SECRET);
    }

    @Test
    void readsAVmConfigWithIndexedPropertyStrings() {
        server.answer("GET", "/nodes/pve1/qemu/100/config", """
                {"name": "web1", "memory": "4096", "cores": 2,
                 "net0": "virtio=BC:24:11:2A:3B:4C,bridge=vmbr0,firewall=1",
                 "net2": "e1000=BC:24:11:2A:3B:4D,bridge=vmbr1,tag=20",
                 "digest": "5d41402abc4b2a76b9719d911017c592"}""");

        QemuConfig config = pve.nodes("pve1").qemu(100).config().get();

        assertThat(config.name()).contains("web1");
        assertThat(config.memory()).map(QemuMemory::current).contains(4096L);
        assertThat(config.net()).containsOnlyKeys(0, 2);
        QemuNet first = config.net().get(0);
        assertThat(first.model()).isEqualTo(QemuNet.Model.VIRTIO);
        assertThat(first.macaddr()).contains("BC:24:11:2A:3B:4C");
        assertThat(first.bridge()).contains("vmbr0");
        assertThat(first.firewall()).contains(true);
        assertThat(config.net().get(2).tag()).contains(20);
    }

    @Test
    void createsAVmWithTypedPropertyStringsThenStartsItAndAwaitsTheTasks() {
        server.answer("POST", "/nodes/pve1/qemu", "\"" + UPID_CREATE + "\"");
        server.answer("POST", "/nodes/pve1/qemu/100/status/start", "\"" + UPID_START + "\"");
        server.answer("GET", "/nodes/pve1/tasks/" + UPID_CREATE + "/status", """
                {"status": "stopped", "exitstatus": "OK", "upid": "%s"}""".formatted(UPID_CREATE));
        server.answer("GET", "/nodes/pve1/tasks/" + UPID_START + "/status", """
                {"status": "stopped", "exitstatus": "OK", "upid": "%s"}""".formatted(UPID_START));

        Task create = pve.nodes("pve1")
                .qemu()
                .post(CreateQemu.builder()
                        .vmid(100)
                        .name("web1")
                        .memory(QemuMemory.builder().current(4096).build())
                        .net(
                                0,
                                QemuNet.builder()
                                        .model(QemuNet.Model.VIRTIO)
                                        .bridge("vmbr0")
                                        .firewall(true)
                                        .build())
                        .build());
        TaskResult created = create.await(Duration.ofSeconds(10));
        TaskResult started = pve.nodes("pve1").qemu(100).status().start().post().await(Duration.ofSeconds(10));

        assertThat(create.upid().toString()).isEqualTo(UPID_CREATE);
        assertThat(created.exitStatus()).isEqualTo("OK");
        assertThat(started.exitStatus()).isEqualTo("OK");
        FakePveServer.Received sent = server.last("POST", "/nodes/pve1/qemu");
        assertThat(sent.params())
                .containsEntry("vmid", "100")
                .containsEntry("name", "web1")
                .containsKey("net0")
                .doesNotContainKey("net[0]");
        assertThat(QemuMemory.parse(sent.params().get("memory")).current()).isEqualTo(4096L);
        QemuNet net0 = QemuNet.parse(sent.params().get("net0"));
        assertThat(net0.model()).isEqualTo(QemuNet.Model.VIRTIO);
        assertThat(net0.bridge()).contains("vmbr0");
        assertThat(net0.firewall()).contains(true);
    }

    @Test
    void serverErrorsSurfaceStatusMessageAndParameterErrors() {
        server.answerError(
                "POST",
                "/nodes/pve1/qemu",
                400,
                "Parameter verification failed.",
                "{\"vmid\": \"unable to create VM 100 - VM 100 already exists on node 'pve1'\"}");

        assertThatThrownBy(() -> pve.nodes("pve1")
                        .qemu()
                        .post(CreateQemu.builder().vmid(100).build()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error("vmid"))
                            .hasValueSatisfying(m -> assertThat(m).contains("already exists"));
                })
                .hasMessageContaining("vmid");
    }

    @Test
    void aMissingRequiredParameterFailsBeforeAnyCall() {
        assertThatThrownBy(() -> CreateQemu.builder().name("web1").build())
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("vmid");
        assertThat(server.received()).isEmpty();
    }
}
