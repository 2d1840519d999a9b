package dev.pvecodegen.schema.summary;

import dev.pvecodegen.schema.model.AdditionalProperties;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The operations whose answer is still open after supplements and inference (a client can only hand it out as
 * {@code JsonNode}), grouped by why: what to supplement next.
 */
public final class OpenAnswers {

    private OpenAnswers() {}

    /** Reason → keys of the operations, in schema order; reasons sorted. */
    public static SortedMap<String, List<String>> of(ApiModel model) {
        SortedMap<String, List<String>> byReason = new TreeMap<>();
        for (Operation operation : model.operations()) {
            reason(operation)
                    .ifPresent(reason -> byReason.computeIfAbsent(reason, r -> new ArrayList<>())
                            .add(operation.key()));
        }
        byReason.replaceAll((reason, keys) -> Collections.unmodifiableList(keys));
        return Collections.unmodifiableSortedMap(byReason);
    }

    /** Why the operation's answer is open, or empty when it is typed (or there is none). */
    static Optional<String> reason(Operation operation) {
        ApiType type = operation.returns().type();
        if (type instanceof ApiType.NullType) {
            return operation.method() == HttpMethod.GET
                    ? Optional.of("a GET that declares no answer (null)")
                    : Optional.empty();
        }
        if (type instanceof ApiType.ArrayType array) {
            return open(array.items()).map(reason -> "list of " + reason);
        }
        return open(type);
    }

    private static Optional<String> open(ApiType type) {
        if (type instanceof ApiType.AnyType any) {
            return Optional.of("any value: " + any.reason());
        }
        if (type instanceof ApiType.ObjectType object
                && object.properties().isEmpty()
                && !(object.additional() instanceof AdditionalProperties.Typed)) {
            return Optional.of("objects without properties");
        }
        return Optional.empty();
    }
}
