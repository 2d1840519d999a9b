package dev.pvecodegen.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The server answered, but with an error: the HTTP status (or the status carried in an {@code /api2/extjs} body),
 * its message, and the per-parameter {@code errors} map of a failed parameter verification.
 */
public class ApiException extends PveException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String serverMessage;
    private final Map<String, String> errors;
    private final String operation;

    public ApiException(int status, String serverMessage, Map<String, String> errors, String operation) {
        this(describe(status, serverMessage, errors, operation), status, serverMessage, errors, operation);
    }

    /** For subclasses that word their own message. */
    protected ApiException(
            String message, int status, String serverMessage, Map<String, String> errors, String operation) {
        super(message);
        this.status = status;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.errors = errors == null ? Map.of() : Map.copyOf(errors);
        this.operation = operation == null ? "" : operation;
    }

    /** HTTP status, or a Proxmox pseudo status 595-599 for failures between cluster nodes. */
    public int status() {
        return status;
    }

    /** The server's own message, without the decoration of {@link #getMessage()}; may be empty. */
    public String serverMessage() {
        return serverMessage;
    }

    /** Per-parameter problems ({@code {vmid: "value must be at least 100"}}); empty when the server sent none. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The problem the server reported for one parameter. */
    public Optional<String> error(String parameter) {
        return Optional.ofNullable(errors.get(parameter));
    }

    /** {@code "POST /nodes/pve1/qemu on pve1:8006"}: what was called where (never parameter values). */
    public String operation() {
        return operation;
    }

    /** The server could not take a configuration lock in time; nothing was changed and the call can be repeated. */
    public boolean isLockTimeout() {
        return LockTimeouts.matches(serverMessage);
    }

    /** The server could not start the task's worker; nothing was started and the call can be repeated. */
    public boolean isWorkerStartFailure() {
        return LockTimeouts.isWorkerStartFailure(serverMessage);
    }

    private static String describe(int status, String message, Map<String, String> errors, String operation) {
        StringBuilder text = new StringBuilder();
        if (operation != null && !operation.isEmpty()) {
            text.append(operation).append(" failed: ");
        }
        text.append("HTTP ").append(status);
        if (message != null && !message.isBlank()) {
            text.append(' ').append(message.strip());
        }
        if (errors != null && !errors.isEmpty()) {
            new TreeMap<>(errors)
                    .forEach((name, problem) -> text.append(System.lineSeparator())
                            .append("  ")
                            .append(name)
                            .append(": ")
                            .append(problem == null ? "" : problem.strip()));
        }
        return text.toString();
    }
}
