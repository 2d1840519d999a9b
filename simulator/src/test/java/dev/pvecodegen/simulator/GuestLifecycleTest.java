package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GuestLifecycleTest {
    private static PveSimulator simulator;
    private static PveHttp http;

    @BeforeAll
    static void start() throws Exception {
        simulator = PveSimulator.start(TestModels.options().seed(7).build());
        http = new PveHttp(simulator).loginRoot();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static JsonNode ok(PveHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.data();
    }

    private static JsonNode task(PveHttp.Answer answer) throws Exception {
        String upid = ok(answer).asText();
        assertThat(upid).matches("UPID:pve:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:[a-z]+:\\d*:root@pam:");
        JsonNode status = http.awaitTask(upid);
        assertThat(status.get("exitstatus").asText()).isEqualTo("OK");
        return status;
    }

    @Test
    void vmCreateConfigureStartSnapshotCloneDestroy() throws Exception {
        String vmid = ok(http.get("/cluster/nextid")).asText();
        assertThat(vmid).as("the real server answers the id as a string").isEqualTo("100");

        task(http.post(
                "/nodes/pve/qemu",
                form(
                        "vmid",
                        vmid,
                        "name",
                        "web01",
                        "memory",
                        "4096",
                        "cores",
                        "2",
                        "sockets",
                        "1",
                        "net0",
                        "virtio,bridge=vmbr0,firewall=1",
                        "scsi0",
                        "local-lvm:32,iothread=1",
                        "scsihw",
                        "virtio-scsi-single",
                        "ide2",
                        "local:iso/debian-13.1.0-amd64-netinst.iso,media=cdrom",
                        "ostype",
                        "l26",
                        "onboot",
                        "1",
                        "agent",
                        "enabled=1")));
        assertThat(ok(http.get("/cluster/nextid")).asText()).isEqualTo("101");

        JsonNode config = ok(http.get("/nodes/pve/qemu/" + vmid + "/config"));
        assertThat(config.get("cores").isIntegralNumber()).isTrue();
        assertThat(config.get("memory").asText())
                .as("memory is a property string since qemu-server 8")
                .isEqualTo("4096");
        assertThat(config.get("onboot").asInt()).isEqualTo(1);
        assertThat(config.get("net0").asText()).matches("virtio=BC:24:11:[0-9A-F:]{8},bridge=vmbr0,firewall=1");
        assertThat(config.get("scsi0").asText()).isEqualTo("local-lvm:vm-100-disk-0,iothread=1,size=32G");
        assertThat(config.get("boot").asText()).isEqualTo("order=scsi0;ide2;net0");
        assertThat(config.has("lock")).isFalse();
        String digest = config.get("digest").asText();

        ok(http.put(
                "/nodes/pve/qemu/" + vmid + "/config",
                form("digest", digest, "memory", "8192", "delete", "agent", "net1", "e1000,bridge=vmbr1")));
        PveHttp.Answer stale = http.put("/nodes/pve/qemu/" + vmid + "/config", form("digest", digest, "cores", "4"));
        assertThat(stale.status()).isEqualTo(500);
        assertThat(stale.message()).startsWith("detected modified configuration");
        JsonNode changed = ok(http.get("/nodes/pve/qemu/" + vmid + "/config"));
        assertThat(changed.get("memory").asText()).isEqualTo("8192");
        assertThat(changed.has("agent")).isFalse();
        assertThat(changed.get("net1").asText()).startsWith("e1000=BC:24:11:");

        task(http.put("/nodes/pve/qemu/" + vmid + "/resize", form("disk", "scsi0", "size", "+8G")));
        assertThat(ok(http.get("/nodes/pve/qemu/" + vmid + "/config"))
                        .get("scsi0")
                        .asText())
                .isEqualTo("local-lvm:vm-100-disk-0,iothread=1,size=40G");
        assertThat(http.put("/nodes/pve/qemu/" + vmid + "/resize", form("disk", "scsi0", "size", "10G"))
                        .message())
                .isEqualTo("shrinking disks is not supported\n");

        task(http.post("/nodes/pve/qemu/" + vmid + "/config", form("delete", "scsi0")));
        JsonNode afterDiskDelete = ok(http.get("/nodes/pve/qemu/" + vmid + "/config"));
        assertThat(afterDiskDelete.get("unused0").asText()).isEqualTo("local-lvm:vm-100-disk-0");

        task(http.post("/nodes/pve/qemu/" + vmid + "/status/start", form()));
        JsonNode current = ok(http.get("/nodes/pve/qemu/" + vmid + "/status/current"));
        assertThat(current.get("status").asText()).isEqualTo("running");
        assertThat(current.get("qmpstatus").asText()).isEqualTo("running");
        PveHttp.Answer again = http.post("/nodes/pve/qemu/" + vmid + "/status/start", form());
        assertThat(again.message()).isEqualTo("VM 100 already running\n");

        task(http.post(
                "/nodes/pve/qemu/" + vmid + "/snapshot", form("snapname", "before_upgrade", "description", "clean")));
        JsonNode snapshots = ok(http.get("/nodes/pve/qemu/" + vmid + "/snapshot"));
        assertThat(names(snapshots)).containsExactly("before_upgrade", "current");
        assertThat(snapshots.get(1).get("parent").asText()).isEqualTo("before_upgrade");
        PveHttp.Answer duplicate =
                http.post("/nodes/pve/qemu/" + vmid + "/snapshot", form("snapname", "before_upgrade"));
        assertThat(duplicate.status()).isEqualTo(500);

        task(http.post("/nodes/pve/qemu/" + vmid + "/clone", form("newid", "200", "name", "web02")));
        JsonNode clone = ok(http.get("/nodes/pve/qemu/200/config"));
        assertThat(clone.get("name").asText()).isEqualTo("web02");
        assertThat(clone.get("net0").asText()).isNotEqualTo(changed.get("net0").asText());

        task(http.delete("/nodes/pve/qemu/" + vmid + "/snapshot/before_upgrade"));
        assertThat(names(ok(http.get("/nodes/pve/qemu/" + vmid + "/snapshot")))).containsExactly("current");

        PveHttp.Answer running = http.delete("/nodes/pve/qemu/" + vmid);
        assertThat(running.message()).isEqualTo("VM 100 is running - destroy failed\n");
        task(http.post("/nodes/pve/qemu/" + vmid + "/status/shutdown", form()));
        assertThat(ok(http.get("/nodes/pve/qemu/" + vmid + "/status/current"))
                        .get("status")
                        .asText())
                .isEqualTo("stopped");
        task(http.delete("/nodes/pve/qemu/" + vmid));
        assertThat(http.get("/nodes/pve/qemu/" + vmid + "/config").message()).endsWith("does not exist\n");

        JsonNode resources = ok(http.get("/cluster/resources", form("type", "vm")));
        assertThat(resources.size()).isEqualTo(1);
        assertThat(resources.get(0).get("id").asText()).isEqualTo("qemu/200");
        assertThat(ok(http.get("/nodes/pve/storage/local-lvm/content")).toString())
                .doesNotContain("vm-100-");
        task(http.delete("/nodes/pve/qemu/200"));
    }

    @Test
    void containerLifecycle() throws Exception {
        PveHttp.Answer noTemplate =
                http.post("/nodes/pve/lxc", form("vmid", "300", "ostemplate", "local:vztmpl/nope.tar.zst"));
        assertThat(noTemplate.status()).isEqualTo(500);
        assertThat(noTemplate.message()).contains("does not exist");

        task(http.post(
                "/nodes/pve/lxc",
                form(
                        "vmid",
                        "300",
                        "hostname",
                        "ct300",
                        "ostemplate",
                        "local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst",
                        "memory",
                        "1024",
                        "rootfs",
                        "local-lvm:8",
                        "net0",
                        "name=eth0,bridge=vmbr0,ip=dhcp",
                        "password",
                        "secret123",
                        "unprivileged",
                        "1")));
        JsonNode config = ok(http.get("/nodes/pve/lxc/300/config"));
        assertThat(config.get("hostname").asText()).isEqualTo("ct300");
        assertThat(config.get("rootfs").asText()).isEqualTo("local-lvm:vm-300-disk-0,size=8G");
        assertThat(config.get("net0").asText()).contains("hwaddr=BC:24:11:").contains("type=veth");
        assertThat(config.get("memory").asInt()).isEqualTo(1024);
        assertThat(config.has("password")).isFalse();
        assertThat(config.get("ostype").asText()).isEqualTo("debian");

        ok(http.put("/nodes/pve/lxc/300/config", form("cores", "2")));
        task(http.post("/nodes/pve/lxc/300/status/start", form()));
        JsonNode list = ok(http.get("/nodes/pve/lxc"));
        assertThat(list.get(0).get("status").asText()).isEqualTo("running");
        assertThat(list.get(0).get("type").asText()).isEqualTo("lxc");
        task(http.post("/nodes/pve/lxc/300/status/stop", form()));
        task(http.delete("/nodes/pve/lxc/300"));
        assertThat(http.get("/nodes/pve/lxc/300/config").status()).isEqualTo(500);
    }

    @Test
    void poolsStorageAndNodes() throws Exception {
        ok(http.post("/pools", form("poolid", "prod", "comment", "production")));
        task(http.post("/nodes/pve/qemu", form("vmid", "400", "pool", "prod", "scsi0", "local-lvm:4")));
        JsonNode pool = ok(http.get("/pools/prod"));
        assertThat(pool.get("comment").asText()).isEqualTo("production");
        assertThat(pool.get("members").get(0).get("id").asText()).isEqualTo("qemu/400");
        assertThat(http.delete("/pools/prod").message()).contains("not empty");
        ok(http.put("/pools", form("poolid", "prod", "vms", "400", "delete", "1")));
        ok(http.delete("/pools/prod"));

        JsonNode content = ok(http.get("/nodes/pve/storage/local-lvm/content", form("vmid", "400")));
        assertThat(content.get(0).get("volid").asText()).isEqualTo("local-lvm:vm-400-disk-0");
        JsonNode storages = ok(http.get("/nodes/pve/storage", form("content", "images")));
        assertThat(storages.size()).isEqualTo(1);
        assertThat(storages.get(0).get("used").asLong()).isPositive();

        JsonNode nodes = ok(http.get("/nodes"));
        JsonNode node = nodes.get(0);
        assertThat(node.get("id").asText()).isEqualTo("node/pve");
        assertThat(node.get("type").asText()).isEqualTo("node");
        assertThat(node.get("cgroup-mode").asInt()).isEqualTo(2);
        assertThat(node.get("ssl_fingerprint").asText()).isEqualTo(simulator.certificateSha256Fingerprint());
        JsonNode certificates = ok(http.get("/nodes/pve/certificates/info"));
        assertThat(certificates.get(0).get("fingerprint").asText()).isEqualTo(simulator.certificateSha256Fingerprint());
        assertThat(http.get("/nodes/elsewhere/status").message()).contains("hostname lookup 'elsewhere' failed");
        task(http.delete("/nodes/pve/qemu/400"));
    }

    @Test
    void storageVolumesAndMigrationBetweenNodes() throws Exception {
        try (PveSimulator cluster = PveSimulator.start(
                TestModels.options().https(false).nodes("pve1", "pve2").build())) {
            PveHttp two = new PveHttp(cluster).loginRoot();
            JsonNode status = ok(two.get("/cluster/status"));
            assertThat(status.get(0).get("type").asText()).isEqualTo("cluster");
            assertThat(status.size()).isEqualTo(3);

            two.awaitTask(ok(two.post("/nodes/pve1/qemu", form("vmid", "500", "scsi0", "local-lvm:2")))
                    .asText());
            String volid = ok(two.post(
                            "/nodes/pve1/storage/local-lvm/content",
                            form("vmid", "500", "filename", "vm-500-disk-1", "size", "1G")))
                    .asText();
            assertThat(volid).isEqualTo("local-lvm:vm-500-disk-1");
            JsonNode attributes = ok(two.get("/nodes/pve1/storage/local-lvm/content/" + PveHttp.path(volid)));
            assertThat(attributes.get("size").asLong()).isEqualTo(1L << 30);
            assertThat(attributes.get("path").asText()).isEqualTo("/dev/pve/vm-500-disk-1");
            two.awaitTask(ok(two.delete("/nodes/pve1/storage/local-lvm/content/" + PveHttp.path(volid)))
                    .asText());
            assertThat(two.get("/nodes/pve1/storage/local-lvm/content/" + PveHttp.path(volid))
                            .message())
                    .endsWith("does not exist\n");

            two.awaitTask(
                    ok(two.post("/nodes/pve1/qemu/500/status/start", form())).asText());
            assertThat(two.post("/nodes/pve1/qemu/500/migrate", form("target", "pve2"))
                            .message())
                    .isEqualTo("can't migrate running VM without --online\n");
            two.awaitTask(ok(two.post("/nodes/pve1/qemu/500/migrate", form("target", "pve2", "online", "1")))
                    .asText());
            assertThat(two.get("/nodes/pve1/qemu/500/config").status()).isEqualTo(500);
            assertThat(ok(two.get("/nodes/pve2/qemu/500/status/current"))
                            .get("status")
                            .asText())
                    .isEqualTo("running");
            assertThat(ok(two.get("/cluster/resources", form("type", "vm")))
                            .get(0)
                            .get("node")
                            .asText())
                    .isEqualTo("pve2");
        }
    }

    private static List<String> names(JsonNode snapshots) {
        List<String> names = new ArrayList<>();
        snapshots.forEach(s -> names.add(s.get("name").asText()));
        return names;
    }
}
