package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.simulator.fault.Fault;
import dev.pvecodegen.simulator.fault.FaultRule;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TasksAndFaultsTest {
    private static PveSimulator simulator;
    private static PveHttp http;

    @BeforeAll
    static void start() throws Exception {
        // Long enough that the first status poll still sees the task running on a busy machine.
        simulator = PveSimulator.start(
                TestModels.options().taskDuration(Duration.ofSeconds(1)).build());
        http = new PveHttp(simulator).loginRoot();
        String upid = http.post("/nodes/pve/qemu", form("vmid", "100", "scsi0", "local-lvm:1"))
                .data()
                .asText();
        http.awaitTask(upid);
    }

    @AfterEach
    void clearFaults() {
        simulator.faults().clear();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void taskRunsForTheConfiguredTimeThenStopsOkWithALog() throws Exception {
        String upid =
                http.post("/nodes/pve/qemu/100/status/start", form()).data().asText();
        String encoded = PveHttp.path(upid);
        JsonNode running = http.get("/nodes/pve/tasks/" + encoded + "/status").data();
        assertThat(running.get("status").asText()).isEqualTo("running");
        assertThat(running.has("exitstatus")).isFalse();
        assertThat(running.get("type").asText()).isEqualTo("qmstart");
        assertThat(running.get("id").asText()).isEqualTo("100");
        assertThat(running.get("user").asText()).isEqualTo("root@pam");
        assertThat(running.get("pid").asLong()).isEqualTo(Long.parseLong(upid.split(":", -1)[2], 16));

        JsonNode stopped = http.awaitTask(upid);
        assertThat(stopped.get("exitstatus").asText()).isEqualTo("OK");
        PveHttp.Answer log = http.get("/nodes/pve/tasks/" + encoded + "/log", form("start", "0", "limit", "10"));
        assertThat(log.body().get("total").asInt()).isEqualTo(log.data().size());
        assertThat(log.data().get(log.data().size() - 1).get("t").asText()).isEqualTo("TASK OK");
        assertThat(log.data().get(0).get("n").asInt()).isEqualTo(1);

        JsonNode list = http.get("/nodes/pve/tasks", form("vmid", "100")).data();
        assertThat(list.get(0).get("upid").asText()).isEqualTo(upid);
        assertThat(list.get(0).get("status").asText()).isEqualTo("OK");
        http.awaitTask(
                http.post("/nodes/pve/qemu/100/status/stop", form()).data().asText());
    }

    @Test
    void injectedWarningsAndFailures() throws Exception {
        simulator
                .faults()
                .inject(FaultRule.on("/nodes/{node}/qemu/{vmid}/status/start", Fault.taskWarnings(2))
                        .times(1));
        String warned =
                http.post("/nodes/pve/qemu/100/status/start", form()).data().asText();
        assertThat(http.awaitTask(warned).get("exitstatus").asText()).isEqualTo("WARNINGS: 2");
        JsonNode log =
                http.get("/nodes/pve/tasks/" + PveHttp.path(warned) + "/log").data();
        assertThat(log.toString()).contains("WARN: simulated warning 2").contains("TASK WARNINGS: 2");
        assertThat(simulator.cluster().findGuest(100).orElseThrow().status()).isEqualTo("running");

        simulator
                .faults()
                .inject(FaultRule.on(
                        HttpMethod.POST,
                        "/nodes/*/qemu/*/status/stop",
                        Fault.taskFailure("command 'qm stop 100' failed: got timeout")));
        String failed =
                http.post("/nodes/pve/qemu/100/status/stop", form()).data().asText();
        assertThat(http.awaitTask(failed).get("exitstatus").asText())
                .isEqualTo("command 'qm stop 100' failed: got timeout");
        assertThat(simulator.cluster().findGuest(100).orElseThrow().status())
                .as("a failed task changes nothing")
                .isEqualTo("running");
        assertThat(http.get("/nodes/pve/tasks", form("errors", "1"))
                        .data()
                        .get(0)
                        .get("upid")
                        .asText())
                .isEqualTo(failed);
        simulator.faults().clear();
        http.awaitTask(
                http.post("/nodes/pve/qemu/100/status/stop", form()).data().asText());
    }

    @Test
    void aTaskCanBeStopped() throws Exception {
        String upid =
                http.post("/nodes/pve/qemu/100/status/start", form()).data().asText();
        assertThat(http.delete("/nodes/pve/tasks/" + PveHttp.path(upid)).status())
                .isEqualTo(200);
        assertThat(http.awaitTask(upid).get("exitstatus").asText()).isEqualTo("interrupted by signal");
    }

    @Test
    void errorStatusLockTimeoutAndLatency() throws Exception {
        simulator
                .faults()
                .inject(FaultRule.on("/nodes/*/qemu", Fault.error(503, "Service Unavailable"))
                        .times(2));
        assertThat(http.get("/nodes/pve/qemu").status()).isEqualTo(503);
        assertThat(http.get("/nodes/pve/qemu").message()).isEqualTo("Service Unavailable");
        assertThat(http.get("/nodes/pve/qemu").status())
                .as("used up after two calls")
                .isEqualTo(200);

        simulator
                .faults()
                .inject(FaultRule.on("/nodes/{node}/qemu/{vmid}/config", Fault.lockTimeout())
                        .times(1));
        PveHttp.Answer locked = http.put("/nodes/pve/qemu/100/config", form("cores", "2"));
        assertThat(locked.status()).isEqualTo(500);
        assertThat(locked.message()).isEqualTo("can't lock file '/var/lock/qemu-server/lock-100.conf' - got timeout\n");

        simulator
                .faults()
                .inject(FaultRule.on("/version", Fault.latency(Duration.ofMillis(400)))
                        .times(1));
        long started = System.nanoTime();
        assertThat(http.get("/version").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void droppedConnections() throws Exception {
        // java.net.http retries an idempotent request once when a reused connection closes, so drop every call.
        simulator.faults().inject(FaultRule.on("/cluster/**", Fault.dropConnection()));
        assertThatThrownBy(() -> http.get("/cluster/resources")).isInstanceOf(IOException.class);
        simulator.faults().clear();
        assertThat(http.get("/cluster/resources").status()).isEqualTo(200);
    }

    @Test
    void faultsFromTheOptionsAndExtjsErrors() throws Exception {
        try (PveSimulator faulty = PveSimulator.start(TestModels.options()
                .https(false)
                .fault(FaultRule.on("/nodes", Fault.error(596, "tls handshake failed")))
                .build())) {
            PveHttp extjs = new PveHttp(faulty).loginRoot().extjs();
            PveHttp.Answer answer = extjs.get("/nodes");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("status").asInt()).isEqualTo(596);
            assertThat(answer.message()).isEqualTo("tls handshake failed");
        }
    }
}
