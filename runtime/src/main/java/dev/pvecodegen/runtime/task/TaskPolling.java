package dev.pvecodegen.runtime.task;

import dev.pvecodegen.runtime.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How {@link Task} polls: the delay starts at {@code initialDelay} and grows by {@code multiplier} up to
 * {@code maxDelay}; up to {@code toleratedEarlyErrors} HTTP 400 answers right after the task was created are
 * ignored (the status call can fail briefly while the task registers); {@code logLines} lines of the log are
 * attached to failures and warnings. Clock, sleeper and scheduler are injectable for tests.
 */
public record TaskPolling(
        Duration initialDelay,
        Duration maxDelay,
        double multiplier,
        int toleratedEarlyErrors,
        int logLines,
        Clock clock,
        Sleeper sleeper,
        DelayScheduler scheduler) {

    /** Runs an action after a delay; used by {@link Task#awaitAsync}. */
    @FunctionalInterface
    public interface DelayScheduler {
        /** Schedules on {@link CompletableFuture#delayedExecutor}: no thread of its own. */
        DelayScheduler DEFAULT =
                (delay, action) -> CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS)
                        .execute(action);

        void schedule(Duration delay, Runnable action);
    }

    public TaskPolling {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(scheduler, "scheduler");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || multiplier < 1) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay and multiplier >= 1");
        }
        if (toleratedEarlyErrors < 0 || logLines < 0) {
            throw new IllegalArgumentException("toleratedEarlyErrors and logLines must not be negative");
        }
    }

    /** 250 ms growing by 1.5 up to 2 s, 5 early errors tolerated, 20 log lines, system clock. */
    public static TaskPolling defaults() {
        return new TaskPolling(
                Duration.ofMillis(250),
                Duration.ofSeconds(2),
                1.5,
                5,
                20,
                Clock.systemUTC(),
                Sleeper.SYSTEM,
                DelayScheduler.DEFAULT);
    }

    public TaskPolling withDelays(Duration initial, Duration max, double growth) {
        return new TaskPolling(initial, max, growth, toleratedEarlyErrors, logLines, clock, sleeper, scheduler);
    }

    public TaskPolling withToleratedEarlyErrors(int count) {
        return new TaskPolling(initialDelay, maxDelay, multiplier, count, logLines, clock, sleeper, scheduler);
    }

    public TaskPolling withLogLines(int count) {
        return new TaskPolling(
                initialDelay, maxDelay, multiplier, toleratedEarlyErrors, count, clock, sleeper, scheduler);
    }

    /** Time source, sleeper and scheduler together, so a test can drive all three from one fake clock. */
    public TaskPolling withTime(Clock newClock, Sleeper newSleeper, DelayScheduler newScheduler) {
        return new TaskPolling(
                initialDelay, maxDelay, multiplier, toleratedEarlyErrors, logLines, newClock, newSleeper, newScheduler);
    }

    Duration next(Duration current) {
        long grown = (long) Math.ceil(current.toNanos() * multiplier);
        return Duration.ofNanos(Math.min(Math.max(grown, 1), maxDelay.toNanos()));
    }
}
