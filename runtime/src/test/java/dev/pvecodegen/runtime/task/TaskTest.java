package dev.pvecodegen.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.testing.FakeTime;
import dev.pvecodegen.runtime.testing.ScriptedExecutor;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskTest {
    static final Upid UPID = Upid.parse("UPID:pve2:0000C4F2:01A2B3C4:65A1B2C3:qmstart:100:root@pam:");

    private final FakeTime time = new FakeTime();
    private final TaskPolling polling = TaskPolling.defaults().withTime(time, time, (delay, action) -> {
        time.advance(delay);
        action.run();
    });

    private static String status(String status, String exit) {
        return "{\"status\":\"" + status + "\"" + (exit == null ? "" : ",\"exitstatus\":\"" + exit + "\"") + "}";
    }

    private static String logLines(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "{\"n\":" + (i + 1) + ",\"t\":\"line " + (i + 1) + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Running for {@code runningPolls} polls, then stopped with {@code exit}; a log of {@code logSize} lines. */
    private ScriptedExecutor server(int runningPolls, String exit, int logSize) {
        AtomicInteger polls = new AtomicInteger();
        return new ScriptedExecutor(request -> {
            if (request.path().endsWith("/status")) {
                return polls.incrementAndGet() <= runningPolls ? status("running", null) : status("stopped", exit);
            }
            if (request.path().endsWith("/log")) {
                Map<String, String> params =
                        request.params().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                int start = Integer.parseInt(params.get("start"));
                int limit = Integer.parseInt(params.get("limit"));
                int count = Math.max(0, Math.min(limit, logSize - start));
                return count == 0 ? "[{\"n\":" + (start + 1) + ",\"t\":\"no content\"}]" : logLines(start, count);
            }
            return "null";
        });
    }

    @Test
    void okIsSuccessAndPollsTheTasksOwnNodeWithGrowingDelays() {
        ScriptedExecutor server = server(4, "OK", 3);
        TaskResult result = new Task(server, UPID, polling).await(Duration.ofMinutes(1));

        assertThat(result.exitStatus()).isEqualTo("OK");
        assertThat(result.hasWarnings()).isFalse();
        ApiRequest first = server.calls().get(0);
        assertThat(first.verb()).isEqualTo(HttpVerb.GET);
        assertThat(first.path())
                .isEqualTo("/nodes/pve2/tasks/UPID%3Apve2%3A0000C4F2%3A01A2B3C4%3A65A1B2C3%3Aqmstart"
                        + "%3A100%3Aroot%40pam%3A/status");
        assertThat(time.sleeps())
                .containsExactly(
                        Duration.ofMillis(250),
                        Duration.ofMillis(375),
                        Duration.ofNanos(562_500_000),
                        Duration.ofNanos(843_750_000));
    }

    @Test
    void warningsAreSuccessWithTheLogAttached() {
        TaskResult result = new Task(server(1, "WARNINGS: 2", 3), UPID, polling).await(Duration.ofMinutes(1));

        assertThat(result.hasWarnings()).isTrue();
        assertThat(result.warnings()).isEqualTo(2);
        assertThat(result.log()).extracting(TaskLogLine::text).containsExactly("line 1", "line 2", "line 3");
    }

    @Test
    void failureCarriesExitStatusAndTheLastLogLines() {
        Task task = new Task(
                server(0, "unable to find configuration file for VM 100", 1234), UPID, polling.withLogLines(3));

        assertThatThrownBy(() -> task.await(Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.exitStatus()).isEqualTo("unable to find configuration file for VM 100");
                    assertThat(e.log()).extracting(TaskLogLine::number).containsExactly(1232L, 1233L, 1234L);
                    assertThat(e.upid()).isEqualTo(UPID);
                })
                .hasMessageContaining("qmstart 100 on node pve2 failed: unable to find configuration file")
                .hasMessageContaining("line 1234");
    }

    @Test
    void timeoutSaysHowLongItWaitedAndThatTheTaskMayStillRun() {
        Task task = new Task(server(Integer.MAX_VALUE, null, 0), UPID, polling);

        assertThatThrownBy(() -> task.await(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(
                        TaskTimeoutException.class, e -> assertThat(e.waited()).isEqualTo(Duration.ofSeconds(30)))
                .hasMessageContaining("30 s")
                .hasMessageContaining("may still be running");
        assertThat(time.sleeps()).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void earlyBadRequestsAreToleratedButNotForever() {
        AtomicInteger polls = new AtomicInteger();
        ScriptedExecutor flaky = new ScriptedExecutor(request -> {
            if (polls.incrementAndGet() <= 3) {
                throw new ApiException(400, "no such task", Map.of(), "GET status");
            }
            return status("stopped", "OK");
        });
        assertThat(new Task(flaky, UPID, polling).await(Duration.ofMinutes(1)).exitStatus())
                .isEqualTo("OK");

        ScriptedExecutor broken = new ScriptedExecutor(request -> {
            throw new ApiException(400, "no such task", Map.of(), "GET status");
        });
        assertThatThrownBy(() -> new Task(broken, UPID, polling).await(Duration.ofMinutes(1)))
                .isInstanceOf(ApiException.class);
        assertThat(broken.calls()).hasSize(6);
    }

    @Test
    void pagedLogReading() {
        Task task = new Task(server(0, "OK", 1234), UPID, polling);

        assertThat(task.log(10, 5))
                .extracting(TaskLogLine::text)
                .containsExactly("line 11", "line 12", "line 13", "line 14", "line 15");
        assertThat(task.readLog())
                .hasSize(1234)
                .last()
                .extracting(TaskLogLine::number)
                .isEqualTo(1234L);
        assertThat(new Task(server(0, "OK", 1000), UPID, polling).readLog()).hasSize(1000);
    }

    @Test
    void stopSendsDeleteToTheTask() {
        ScriptedExecutor server = server(0, "OK", 0);
        new Task(server, UPID, polling).stop();
        assertThat(server.calls().get(0).verb()).isEqualTo(HttpVerb.DELETE);
        assertThat(server.calls().get(0).pathTemplate()).isEqualTo("/nodes/{node}/tasks/{upid}");
    }

    @Test
    void asyncCompletesWithTheResultOrTheFailure() throws Exception {
        CompletableFuture<TaskResult> ok =
                new Task(server(3, "OK", 0), UPID, polling).awaitAsync(Duration.ofMinutes(1));
        assertThat(ok.get(5, TimeUnit.SECONDS).exitStatus()).isEqualTo("OK");

        CompletableFuture<TaskResult> failed =
                new Task(server(2, "Error: boom", 1), UPID, polling).awaitAsync(Duration.ofMinutes(1));
        assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TaskFailedException.class);
    }

    @Test
    void asyncWithTheRealSchedulerRunsOffTheCallingThread() throws Exception {
        TaskPolling fast = TaskPolling.defaults().withDelays(Duration.ofMillis(1), Duration.ofMillis(2), 2);
        CompletableFuture<TaskResult> result =
                new Task(server(2, "OK", 0), UPID, fast).awaitAsync(Duration.ofSeconds(10));
        assertThat(result.get(10, TimeUnit.SECONDS).exitStatus()).isEqualTo("OK");
    }
}
