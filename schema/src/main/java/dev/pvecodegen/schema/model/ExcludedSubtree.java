package dev.pvecodegen.schema.model;

import java.util.Objects;

/**
 * A subtree of the schema deliberately left out of the model.
 *
 * @param path the root path of the subtree, e.g. {@code /backup/_upgrade_}
 * @param operationCount how many operations the subtree holds
 * @param reason why it is excluded, in one sentence
 */
public record ExcludedSubtree(String path, int operationCount, String reason) {
    public ExcludedSubtree {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
