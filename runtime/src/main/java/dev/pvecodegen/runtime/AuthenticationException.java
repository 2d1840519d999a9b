package dev.pvecodegen.runtime;

/**
 * Logging in failed, the ticket could not be renewed, the server refused the credentials (401), or an operation
 * that refuses API tokens was called with one. The message says which and what to do; it never holds a secret.
 */
public class AuthenticationException extends PveException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }

    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
