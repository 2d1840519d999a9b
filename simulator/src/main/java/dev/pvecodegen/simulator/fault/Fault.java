package dev.pvecodegen.simulator.fault;

import java.time.Duration;
import java.util.Objects;

/** Something that goes wrong on purpose, applied to the calls a {@link FaultRule} matches. */
public sealed interface Fault {

    /** Delays the answer, then handles the call normally. */
    record Latency(Duration delay) implements Fault {
        public Latency {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Answers with this status and message instead of handling the call (503, 502, 429, 596, …). */
    record ErrorStatus(int status, String message) implements Fault {
        public ErrorStatus {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The real server's answer when a guest config lock cannot be taken under parallel use (500). */
    record LockTimeout() implements Fault {}

    /** Closes the connection without any answer, as a crashing proxy or a network cut would. */
    record DropConnection() implements Fault {}

    /** Treats the caller's ticket as expired: 401 "invalid PVE ticket" (tokens are unaffected). */
    record ExpiredTicket() implements Fault {}

    /**
     * Tasks started by the matched calls end with this exit status instead of {@code OK}: {@code WARNINGS: 2}
     * (success with warnings) or an error text (failure).
     */
    record TaskOutcome(String exitStatus) implements Fault {
        public TaskOutcome {
            Objects.requireNonNull(exitStatus, "exitStatus");
        }
    }

    static Fault latency(Duration delay) {
        return new Latency(delay);
    }

    static Fault error(int status, String message) {
        return new ErrorStatus(status, message);
    }

    static Fault lockTimeout() {
        return new LockTimeout();
    }

    static Fault dropConnection() {
        return new DropConnection();
    }

    static Fault expiredTicket() {
        return new ExpiredTicket();
    }

    static Fault taskWarnings(int count) {
        return new TaskOutcome("WARNINGS: " + count);
    }

    static Fault taskFailure(String message) {
        return new TaskOutcome(message);
    }
}
