package dev.pvecodegen.runtime.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One API host: scheme, host, port. Parsed from {@code pve1}, {@code pve1:8006}, {@code [fd00::1]:8006} or
 * {@code https://pve1:8006}.
 */
public record Endpoint(String scheme, String host, int port) {

    public Endpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("scheme must be https or http: " + scheme);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Reads a host spec such as {@code pve1.example.com}, {@code https://10.0.0.1:8006} or {@code [::1]:8006}.
     *
     * @param spec host with optional scheme and port
     * @param defaultPort used when the spec names none (8006 for PVE, 8007 for PBS)
     */
    public static Endpoint parse(String spec, int defaultPort) {
        Objects.requireNonNull(spec, "host");
        String text = spec.strip();
        String scheme = "https";
        int schemeEnd = text.indexOf("://");
        if (schemeEnd >= 0) {
            scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            text = text.substring(schemeEnd + 3);
        }
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.contains("/") || text.contains("?") || text.contains("@")) {
            throw new IllegalArgumentException("expected host[:port], got '" + spec + "'");
        }
        String host = text;
        int port = defaultPort;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '[' in host '" + spec + "'");
            }
            host = text.substring(0, close + 1);
            if (close + 1 < text.length()) {
                port = parsePort(spec, text.substring(close + 1));
            }
        } else if (text.indexOf(':') >= 0) {
            if (text.indexOf(':') != text.lastIndexOf(':')) {
                throw new IllegalArgumentException("write IPv6 addresses in brackets: [" + text + "]");
            }
            host = text.substring(0, text.indexOf(':'));
            port = parsePort(spec, text.substring(text.indexOf(':')));
        }
        try {
            return new Endpoint(scheme, host, port);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad host '" + spec + "': " + e.getMessage(), e);
        }
    }

    private static int parsePort(String spec, String colonPort) {
        if (!colonPort.startsWith(":") || colonPort.length() == 1) {
            throw new IllegalArgumentException("bad port in host '" + spec + "'");
        }
        try {
            return Integer.parseInt(colonPort.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in host '" + spec + "'", e);
        }
    }

    /** {@code host:port}, as shown in messages. */
    public String authority() {
        return host + ":" + port;
    }

    /** {@code https://host:port/api2/<format>}. */
    public URI apiBase(String format) {
        return URI.create(scheme + "://" + authority() + "/api2/" + format);
    }

    @Override
    public String toString() {
        return authority();
    }
}
