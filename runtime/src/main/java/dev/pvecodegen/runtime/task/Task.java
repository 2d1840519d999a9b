package dev.pvecodegen.runtime.task;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.PveException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server task: wait for it, read its log, stop it. Status is polled on the task's own node
 * ({@code GET /nodes/{node}/tasks/{upid}/status}); {@code OK} and {@code WARNINGS: n} are successes, anything else a
 * {@link TaskFailedException} carrying the exit status and the last lines of the log.
 */
public final class Task {
    private static final TypeReference<List<TaskLogLine>> LOG_LINES = new TypeReference<>() {};
    private static final Pattern WARNINGS = Pattern.compile("WARNINGS: *(\\d+)");
    private static final int LOG_PAGE = 500;

    private final ApiExecutor executor;
    private final Upid upid;
    private final TaskPolling polling;

    /** Polls as the executor says ({@link ApiExecutor#taskPolling()}). */
    public Task(ApiExecutor executor, Upid upid) {
        this(executor, upid, Objects.requireNonNull(executor, "executor").taskPolling());
    }

    public Task(ApiExecutor executor, Upid upid, TaskPolling polling) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.upid = Objects.requireNonNull(upid, "upid");
        this.polling = Objects.requireNonNull(polling, "polling");
    }

    public Upid upid() {
        return upid;
    }

    /**
     * Polls until the task stops or {@code timeout} has passed.
     *
     * @throws TaskFailedException when the task stopped with an error
     * @throws TaskTimeoutException when it was still running after {@code timeout} (it may go on running)
     * @throws PveException when the status cannot be read
     */
    public TaskResult await(Duration timeout) {
        Wait wait = new Wait(timeout);
        while (true) {
            Optional<TaskResult> result = pollOnce(wait);
            if (result.isPresent()) {
                return result.get();
            }
            Duration delay = wait.nextDelayOrTimeout();
            try {
                polling.sleeper().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PveException("interrupted while waiting for task " + upid, e);
            }
        }
    }

    /**
     * As {@link #await}, without blocking the caller: polls run on the common pool, waits between them hold no
     * thread. Completes exceptionally with the exceptions {@link #await} throws.
     */
    public CompletableFuture<TaskResult> awaitAsync(Duration timeout) {
        CompletableFuture<TaskResult> future = new CompletableFuture<>();
        Wait wait = new Wait(timeout);
        polling.scheduler().schedule(Duration.ZERO, () -> pollAsync(wait, future));
        return future;
    }

    private void pollAsync(Wait wait, CompletableFuture<TaskResult> future) {
        if (future.isDone()) {
            return; // cancelled by the caller
        }
        try {
            Optional<TaskResult> result = pollOnce(wait);
            if (result.isPresent()) {
                future.complete(result.get());
            } else {
                polling.scheduler().schedule(wait.nextDelayOrTimeout(), () -> pollAsync(wait, future));
            }
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    /** Asks the server to stop the task ({@code DELETE /nodes/{node}/tasks/{upid}}). */
    public void stop() {
        executor.execute(taskRequest(HttpVerb.DELETE, "").build(), Void.class);
    }

    /** One page of the log: {@code limit} lines from line {@code start} (0-based). */
    public List<TaskLogLine> log(long start, int limit) {
        List<TaskLogLine> page = executor.execute(
                taskRequest(HttpVerb.GET, "/log")
                        .param("start", start)
                        .param("limit", limit)
                        .build(),
                LOG_LINES);
        return page == null ? List.of() : page;
    }

    /** The whole log, read page by page. */
    public List<TaskLogLine> readLog() {
        List<TaskLogLine> lines = new ArrayList<>();
        readLog(lines::add);
        return lines;
    }

    /** The last {@code count} lines of the log. */
    public List<TaskLogLine> lastLogLines(int count) {
        Deque<TaskLogLine> tail = new ArrayDeque<>(count);
        if (count > 0) {
            readLog(line -> {
                if (tail.size() == count) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        }
        return List.copyOf(tail);
    }

    private void readLog(Consumer<TaskLogLine> sink) {
        long start = 0;
        while (true) {
            List<TaskLogLine> page = log(start, LOG_PAGE);
            // Past the end the server answers one placeholder line "no content" rather than an empty page.
            boolean placeholder = start > 0
                    && page.size() == 1
                    && "no content".equals(page.get(0).text());
            if (!placeholder) {
                page.forEach(sink);
            }
            if (page.size() < LOG_PAGE) {
                return;
            }
            start += page.size();
        }
    }

    private Optional<TaskResult> pollOnce(Wait wait) {
        JsonNode status;
        try {
            status = executor.execute(taskRequest(HttpVerb.GET, "/status").build(), JsonNode.class);
        } catch (ApiException e) {
            if (e.status() == 400 && wait.earlyErrors < polling.toleratedEarlyErrors() && !wait.seenStatus) {
                wait.earlyErrors++;
                return Optional.empty();
            }
            throw e;
        }
        wait.seenStatus = true;
        if (status == null || !"stopped".equals(status.path("status").asText())) {
            return Optional.empty();
        }
        return Optional.of(outcome(status.path("exitstatus").asText("unknown")));
    }

    private TaskResult outcome(String exitStatus) {
        if ("OK".equals(exitStatus)) {
            return new TaskResult(upid, exitStatus, 0, List.of());
        }
        Matcher warnings = WARNINGS.matcher(exitStatus);
        if (warnings.lookingAt()) {
            return new TaskResult(upid, exitStatus, parseCount(warnings.group(1)), logTailQuietly());
        }
        throw new TaskFailedException(upid, exitStatus, logTailQuietly());
    }

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private List<TaskLogLine> logTailQuietly() {
        try {
            return lastLogLines(polling.logLines());
        } catch (PveException e) {
            // The outcome matters more than the log; a failed log read must not hide it.
            return List.of(new TaskLogLine(0, "(task log unavailable: " + e.getMessage() + ")"));
        }
    }

    private ApiRequest.Builder taskRequest(HttpVerb verb, String suffix) {
        return ApiRequest.builder(verb, "/nodes/{node}/tasks/{upid}" + suffix)
                .pathParam("node", upid.node())
                .pathParam("upid", upid.toString());
    }

    /** The progress of one wait: start time, current delay, early errors seen. */
    private final class Wait {
        private final Duration timeout;
        private final Instant start;
        private Duration delay;
        private int earlyErrors;
        private boolean seenStatus;

        Wait(Duration timeout) {
            if (timeout == null || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be zero or positive: " + timeout);
            }
            this.timeout = timeout;
            this.start = polling.clock().instant();
            this.delay = polling.initialDelay();
        }

        Duration nextDelayOrTimeout() {
            Duration elapsed = Duration.between(start, polling.clock().instant());
            Duration remaining = timeout.minus(elapsed);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new TaskTimeoutException(upid, elapsed);
            }
            Duration next = delay.compareTo(remaining) < 0 ? delay : remaining;
            delay = polling.next(delay);
            return next;
        }
    }
}
