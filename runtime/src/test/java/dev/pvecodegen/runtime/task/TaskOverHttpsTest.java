package dev.pvecodegen.runtime.task;

import static dev.pvecodegen.runtime.testing.Clients.tokenClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A task started through the client and awaited over HTTPS, with the client's fake clock and sleeper. */
class TaskOverHttpsTest {
    private static final String UPID = "UPID:pve2:0001E240:00B7A1C2:65A1B2C3:qmstart:100:automation@pve!ci:";
    private static final String ENCODED =
            UPID.replace(":", "%3A").replace("@", "%40").replace("!", "%21");

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();
    private final PveClient client = tokenClient(server, time).build();
    private final AtomicInteger polls = new AtomicInteger();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private void taskEnds(int runningPolls, String exitStatus) {
        server.on("POST /nodes/pve2/qemu/100/status/start", r -> Reply.ok("\"" + UPID + "\""));
        server.on(
                "GET /nodes/pve2/tasks/" + ENCODED + "/status",
                r -> polls.incrementAndGet() <= runningPolls
                        ? Reply.ok("{\"status\":\"running\",\"upid\":\"" + UPID + "\"}")
                        : Reply.ok("{\"status\":\"stopped\",\"exitstatus\":\"" + exitStatus + "\"}"));
        server.on(
                "GET /nodes/pve2/tasks/" + ENCODED + "/log",
                r -> Reply.ok("[{\"n\":1,\"t\":\"starting\"},{\"n\":2,\"t\":\"" + exitStatus + "\"}]"));
    }

    private Task start() {
        Upid upid = client.execute(
                ApiRequest.builder(HttpVerb.POST, "/nodes/{node}/qemu/{vmid}/status/start")
                        .pathParam("node", "pve2")
                        .pathParam("vmid", 100)
                        .build(),
                Upid.class);
        return client.task(upid);
    }

    @Test
    void ok() {
        taskEnds(3, "OK");
        TaskResult result = start().await(Duration.ofMinutes(5));
        assertThat(result.exitStatus()).isEqualTo("OK");
        assertThat(result.upid().toString()).isEqualTo(UPID);
        assertThat(polls).hasValue(4);
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void warnings() {
        taskEnds(1, "WARNINGS: 1");
        TaskResult result = start().await(Duration.ofMinutes(5));
        assertThat(result.hasWarnings()).isTrue();
        assertThat(result.log()).extracting(TaskLogLine::text).containsExactly("starting", "WARNINGS: 1");
    }

    @Test
    void failure() {
        taskEnds(1, "start failed: QEMU exited with code 1");
        assertThatThrownBy(() -> start().await(Duration.ofMinutes(5)))
                .isInstanceOfSatisfying(
                        TaskFailedException.class,
                        e -> assertThat(e.exitStatus()).isEqualTo("start failed: QEMU exited with code 1"))
                .hasMessageContaining("starting");
    }

    @Test
    void timeout() {
        taskEnds(Integer.MAX_VALUE, "OK");
        assertThatThrownBy(() -> start().await(Duration.ofMinutes(2)))
                .isInstanceOf(TaskTimeoutException.class)
                .hasMessageContaining("2 min")
                .hasMessageContaining("may still be running");
        assertThat(time.sleeps().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void asyncOverTheRealScheduler() throws Exception {
        taskEnds(1, "OK");
        Task task = new Task(
                client,
                start().upid(),
                TaskPolling.defaults().withDelays(Duration.ofMillis(1), Duration.ofMillis(5), 2));
        assertThat(task.awaitAsync(Duration.ofSeconds(30))
                        .get(30, TimeUnit.SECONDS)
                        .exitStatus())
                .isEqualTo("OK");
    }
}
