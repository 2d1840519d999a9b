package dev.pvecodegen.runtime.http;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding. Path segments keep only the unreserved characters, so volume ids ({@code :}), user ids
 * ({@code @ !}), CIDRs ({@code /}) and UPIDs arrive as one segment; form and query values use the same rule with
 * {@code %20} for spaces, which the server's decoder accepts.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes one path segment: everything except {@code A-Z a-z 0-9 - . _ ~}. */
    public static String pathSegment(String value) {
        return encode(value);
    }

    /** Encodes a query or form key or value. */
    public static String formComponent(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        int length = value.length();
        int i = 0;
        while (i < length && isUnreserved(value.charAt(i))) {
            i++;
        }
        if (i == length) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
