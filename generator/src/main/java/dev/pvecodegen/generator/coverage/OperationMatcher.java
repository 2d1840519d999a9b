package dev.pvecodegen.generator.coverage;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.schema.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the operation a concrete call belongs to: {@code GET /nodes/pve/qemu/100/config} is
 * {@code GET /nodes/{node}/qemu/{vmid}/config}. A literal segment beats a variable one, so {@code /nodes/pve/qemu}
 * is the qemu index, not some {@code /nodes/{node}/{x}}.
 */
public final class OperationMatcher {

    private final List<Candidate> candidates = new ArrayList<>();

    private record Candidate(Operation operation, List<PathSegment> segments) {}

    public OperationMatcher(ApiModel model) {
        for (Resource resource : model.resources()) {
            for (Operation operation : resource.operations()) {
                candidates.add(new Candidate(operation, resource.segments()));
            }
        }
    }

    public Optional<Operation> match(String method, String concretePath) {
        String[] parts = concretePath.replaceAll("^/+|/+$", "").split("/", -1);
        if (concretePath.replaceAll("/", "").isEmpty()) {
            parts = new String[0];
        }
        Operation best = null;
        int bestLiterals = -1;
        for (Candidate candidate : candidates) {
            if (!candidate.operation().method().name().equalsIgnoreCase(method)
                    || candidate.segments().size() != parts.length) {
                continue;
            }
            int literals = literalsMatching(candidate.segments(), parts);
            if (literals > bestLiterals) {
                best = candidate.operation();
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many literal segments match, or -1 when one does not. */
    private static int literalsMatching(List<PathSegment> segments, String[] parts) {
        int literals = 0;
        for (int i = 0; i < parts.length; i++) {
            PathSegment segment = segments.get(i);
            if (segment instanceof PathSegment.Literal literal) {
                if (!literal.value().equals(parts[i])) {
                    return -1;
                }
                literals++;
            } else if (parts[i].isEmpty()) {
                return -1;
            }
        }
        return literals;
    }
}
