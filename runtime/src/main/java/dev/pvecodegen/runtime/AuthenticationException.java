package dev.pvecodegen.runtime;

import java.util.Map;

/**
 * Authentication failed: the server refused the credentials (HTTP 401), logging in or renewing the ticket failed,
 * a second factor was needed but no handler was configured, or an operation that refuses API tokens was called
 * with one ({@link #status()} is 0 when the client refused before sending). The message says what to do; it never
 * holds a secret.
 */
public class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** The server answered 401 (or another status) to an authenticated request. */
    public AuthenticationException(int status, String serverMessage, Map<String, String> errors, String operation) {
        super(status, serverMessage, errors, operation);
    }

    /** The client itself refuses or gives up; no HTTP status. */
    public AuthenticationException(String message) {
        super(message, 0, "", Map.of(), "");
    }

    /** The client gives up because of {@code cause}. */
    public AuthenticationException(String message, Throwable cause) {
        this(message);
        initCause(cause);
    }
}
