package dev.pvecodegen.simulator.http;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An error answered the way the Proxmox HTTP server answers it: a status, a message (the reason phrase on the real
 * server, also in the body since pve-http-server 5.2) and optional per-parameter errors.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> errors;

    public ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiError(int status, String message, Map<String, String> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = Collections.unmodifiableMap(new TreeMap<>(errors));
    }

    /** 400 with the real server's message and a map {@code parameter -> problem}. */
    public static ApiError parameters(Map<String, String> errors) {
        return new ApiError(400, "Parameter verification failed.\n", errors);
    }

    public static ApiError parameter(String name, String problem) {
        return parameters(Map.of(name, problem));
    }

    /** Not found: the real server answers 500 with a "does not exist" text, never 404. */
    public static ApiError notFound(String what) {
        return new ApiError(500, what + " does not exist\n");
    }

    public static ApiError serverError(String message) {
        return new ApiError(500, message.endsWith("\n") ? message : message + "\n");
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    public int status() {
        return status;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
