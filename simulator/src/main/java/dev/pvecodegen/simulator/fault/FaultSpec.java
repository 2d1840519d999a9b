package dev.pvecodegen.simulator.fault;

import dev.pvecodegen.schema.model.HttpMethod;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a fault rule from text, for the command line:
 * {@code [METHOD ]PATTERN=KIND[:ARGS][*TIMES]} with the kinds {@code latency:MS}, {@code error:STATUS:MESSAGE},
 * {@code lock-timeout}, {@code drop}, {@code expired-ticket}, {@code task-warnings:N} and
 * {@code task-failure:TEXT}. Examples: {@code POST /nodes/*}{@code /qemu/**=lock-timeout*1},
 * {@code /cluster/resources=error:503:Service Unavailable}.
 */
public final class FaultSpec {
    private FaultSpec() {}

    public static FaultRule parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("fault '" + spec + "' wants [METHOD ]PATTERN=KIND[:ARGS][*TIMES]");
        }
        String target = spec.substring(0, eq).trim();
        String effect = spec.substring(eq + 1).trim();
        Optional<HttpMethod> method = Optional.empty();
        int space = target.indexOf(' ');
        if (space > 0) {
            method = Optional.of(HttpMethod.valueOf(target.substring(0, space).toUpperCase(Locale.ROOT)));
            target = target.substring(space + 1).trim();
        }
        int times = -1;
        int star = effect.lastIndexOf('*');
        if (star > 0 && effect.substring(star + 1).matches("\\d+")) {
            times = Integer.parseInt(effect.substring(star + 1));
            effect = effect.substring(0, star);
        }
        return new FaultRule(method, target, fault(effect), times);
    }

    private static Fault fault(String effect) {
        String[] parts = effect.split(":", 3);
        String kind = parts[0];
        try {
            return switch (kind) {
                case "latency" -> Fault.latency(Duration.ofMillis(Long.parseLong(parts[1])));
                case "error" ->
                    Fault.error(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "simulated error");
                case "lock-timeout" -> Fault.lockTimeout();
                case "drop" -> Fault.dropConnection();
                case "expired-ticket" -> Fault.expiredTicket();
                case "task-warnings" -> Fault.taskWarnings(Integer.parseInt(parts[1]));
                case "task-failure" -> Fault.taskFailure(effect.substring("task-failure:".length()));
                default -> throw new IllegalArgumentException("unknown fault kind '" + kind + "'");
            };
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalArgumentException("fault '" + effect + "' lacks a valid argument", e);
        }
    }
}
