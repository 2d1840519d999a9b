package dev.pvecodegen.runtime;

/**
 * Root of every failure the client reports. Unchecked, because generated methods would otherwise all declare it.
 * Messages never contain secrets (passwords, tickets, CSRF tokens, token secrets, one-time codes).
 */
public class PveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PveException(String message) {
        super(message);
    }

    public PveException(String message, Throwable cause) {
        super(message, cause);
    }
}
