package dev.pvecodegen.runtime;

/**
 * Which response format the client asks for. Both carry the same {@code data}; they differ in how errors travel.
 */
public enum ApiFormat {
    /**
     * {@code /api2/extjs} (default): always HTTP 200 with {@code success}, {@code status}, {@code message} and
     * {@code errors} in the body, so error messages are readable on every server version (the official Rust client
     * does the same).
     */
    EXTJS("extjs"),
    /**
     * {@code /api2/json}: errors as HTTP statuses. Servers before pve-http-server 5.2.0 put the message only into
     * the HTTP reason phrase, which {@code java.net.http} cannot read; use this only with newer servers or proxies
     * that do not pass extjs through.
     */
    JSON("json");

    private final String segment;

    ApiFormat(String segment) {
        this.segment = segment;
    }

    /** The path segment after {@code /api2/}. */
    public String segment() {
        return segment;
    }
}
