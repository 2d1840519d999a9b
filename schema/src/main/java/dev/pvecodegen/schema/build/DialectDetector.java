package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.Dialect;

/**
 * Tells the Perl (PVE) dialect from the Rust ({@code proxmox-schema}: PBS and others) one without relying on
 * product-specific paths: Rust operations carry {@code unstable} and JSON-boolean {@code additionalProperties};
 * Perl operations carry {@code name}/{@code allowtoken} and integer flags.
 */
final class DialectDetector {

    private DialectDetector() {}

    static Dialect detect(JsonNode roots) {
        int[] votes = new int[2];
        for (JsonNode root : roots) {
            vote(root, votes, 0);
            if (votes[0] + votes[1] > 20) {
                break;
            }
        }
        return votes[1] > votes[0] ? Dialect.PBS : Dialect.PVE;
    }

    private static void vote(JsonNode node, int[] votes, int depth) {
        if (!node.isObject() || depth > 64 || votes[0] + votes[1] > 20) {
            return;
        }
        JsonNode info = node.get("info");
        if (info != null && info.isObject()) {
            for (JsonNode op : info) {
                if (!op.isObject()) {
                    continue;
                }
                if (op.has("unstable")) {
                    votes[1]++;
                }
                if (op.has("name") || op.has("allowtoken")) {
                    votes[0]++;
                }
                JsonNode additional = op.path("parameters").get("additionalProperties");
                if (additional != null) {
                    votes[additional.isBoolean() ? 1 : 0]++;
                }
            }
        }
        JsonNode children = node.get("children");
        if (children != null && children.isArray()) {
            for (JsonNode child : children) {
                vote(child, votes, depth + 1);
            }
        }
    }
}
