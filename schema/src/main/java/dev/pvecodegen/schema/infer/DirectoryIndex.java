package dev.pvecodegen.schema.infer;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Origin;
import dev.pvecodegen.schema.model.Property;
import java.util.List;
import java.util.Optional;

/**
 * Rule (c), directory indexes: a {@code GET} listing objects without properties, on a path with child paths, is the
 * index of those children. Its schema says which member names a child ({@code links: [{rel: "child", href:
 * "{name}"}]}), so every item is {@code {name: string}} (or {@code subdir}, {@code cmd}, …). All indexes with the
 * same member share one type, like the {@code [{subdir}]} indexes the schema declares. Example: {@code GET /cluster},
 * {@code GET /nodes/{node}}.
 */
final class DirectoryIndex implements InferenceRule {

    static final String ID = "directory-index";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<ApiType> refine(Operation operation, ModelIndex index) {
        Optional<String> member = operation.returns().childLink();
        boolean hasChildren = index.resource(operation.path())
                .map(r -> !r.children().isEmpty())
                .orElse(false);
        if (member.isEmpty() || !hasChildren) {
            return Optional.empty();
        }
        return Answers.ofGet(operation)
                .filter(CollectionSymmetry::listsUndescribedObjects)
                .flatMap(answer -> Answers.with(answer, List.of(entry(member.get()))));
    }

    /** {@code name: string}: the same value for every index with the same member, so one Java type. */
    static Property entry(String member) {
        return new Property(
                member,
                ApiType.StringType.plain(),
                true,
                Documentation.of("The child path segment this entry stands for."),
                Optional.empty(),
                List.of(),
                "",
                Origin.inferred(ID, "the index's child link {" + member + "}"));
    }
}
