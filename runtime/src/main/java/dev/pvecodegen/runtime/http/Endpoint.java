package dev.pvecodegen.runtime.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One API host: scheme, host, port. Parsed from {@code pve1}, {@code pve1:8006}, {@code [fd00::1]:8006} or
 * {@code https://pve1:8006}.
 */
public record Endpoint(String scheme, String host, int port) {

    /** A host name (letters, digits, hyphens, underscores, dots) or an IPv4 address. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?" + "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?");
    /** An IPv6 address in brackets, with an optional zone. */
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?]");
    /** What a PVE token secret looks like: given as a host, it is a misplaced secret, not a node's name. */
    private static final Pattern UUID =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    public Endpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("the scheme must be https or http");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("the host name is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the port is out of range (1-65535)");
        }
    }

    /**
     * Reads a host spec such as {@code pve1.example.com}, {@code https://10.0.0.1:8006} or {@code [::1]:8006}.
     * Messages describe what is wrong without repeating the text: a value that is not a host is often a secret in
     * the wrong argument.
     *
     * @param spec host with optional scheme and port
     * @param defaultPort used when the spec names none (8006 for PVE, 8007 for PBS)
     * @throws IllegalArgumentException naming the problem, never the text
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
            throw new IllegalArgumentException(
                    "expected host[:port] or https://host[:port], without path, query or" + " user");
        }
        String host = text;
        int port = defaultPort;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("an IPv6 address lacks its closing ']'");
            }
            host = text.substring(0, close + 1);
            if (close + 1 < text.length()) {
                port = parsePort(text.substring(close + 1));
            }
        } else if (text.indexOf(':') >= 0) {
            if (text.indexOf(':') != text.lastIndexOf(':')) {
                throw new IllegalArgumentException("write IPv6 addresses in brackets: [fd00::1]:8006");
            }
            host = text.substring(0, text.indexOf(':'));
            port = parsePort(text.substring(text.indexOf(':')));
        }
        if (UUID.matcher(host).matches()) {
            throw new IllegalArgumentException(
                    "it has the shape of an API token secret (a UUID), not of a host name; did arguments swap?");
        }
        if (!host.isEmpty()
                && !HOST_NAME.matcher(host).matches()
                && !IPV6.matcher(host).matches()) {
            throw new IllegalArgumentException("it is not a host name or IP address (letters, digits, '-', '.')");
        }
        return new Endpoint(scheme, host, port);
    }

    private static int parsePort(String colonPort) {
        if (!colonPort.startsWith(":") || colonPort.length() == 1 || colonPort.length() > 6) {
            throw new IllegalArgumentException("the port is missing or not a number");
        }
        try {
            return Integer.parseInt(colonPort.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port is not a number", e);
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
