package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.codeTag;

import dev.pvecodegen.generator.bind.Site;
import java.util.List;

/** Where a generated class is used, for its Javadoc. */
final class Uses {
    private static final int LISTED = 3;

    private Uses() {}

    /** {@code GET /nodes/{node}/qemu} and 2 other operations. */
    static String describe(List<Site> sites) {
        List<String> operations = sites.stream()
                .filter(s -> !s.isFormat())
                .map(Site::operationKey)
                .distinct()
                .toList();
        if (operations.isEmpty()) {
            return "no operation";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, operations.size()); i++) {
            text.append(i == 0 ? "" : i == operations.size() - 1 ? " and " : ", ")
                    .append(codeTag(operations.get(i)));
        }
        int more = operations.size() - LISTED;
        if (more > 0) {
            text.append(" and ").append(more).append(more == 1 ? " other operation" : " other operations");
        }
        return text.toString();
    }
}
