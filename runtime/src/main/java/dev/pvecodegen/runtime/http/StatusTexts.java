package dev.pvecodegen.runtime.http;

import java.util.Map;

/**
 * Words for a status when the server sent none in the body: the standard reason phrases, and the meaning of the
 * pseudo statuses 595-599 that a node produces when proxying a call to another node fails.
 */
final class StatusTexts {
    private static final Map<Integer, String> TEXTS = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized: the credentials were refused (wrong or expired ticket, token or password)"),
            Map.entry(403, "Forbidden: permission denied"),
            Map.entry(404, "Not Found"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented: unknown path or format, or a body the server does not accept"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"),
            Map.entry(595, "the node could not connect to the target node"),
            Map.entry(596, "the connection to the target node failed during TLS or the request"),
            Map.entry(597, "the target node's answer broke off"),
            Map.entry(598, "the call to the target node was aborted"),
            Map.entry(599, "the call to the target node failed"));

    private StatusTexts() {}

    static String describe(int status) {
        return TEXTS.getOrDefault(status, "no message from the server");
    }
}
