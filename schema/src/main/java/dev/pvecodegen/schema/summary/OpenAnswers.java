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
        return operation.returns().type().accept(new Reason(operation.method() == HttpMethod.GET, false));
    }

    /**
     * Why a type leaves an answer open. Only the answer itself and the items of a list answer count: a typed
     * object with an open field is typed (the field is a documented {@code JsonNode}).
     */
    private record Reason(boolean get, boolean item) implements ApiType.Visitor<Optional<String>> {

        /** A GET whose answer is declared as nothing returns whatever comes: open. Other verbs return nothing. */
        @Override
        public Optional<String> visitNullType(ApiType.NullType type) {
            return get && !item ? Optional.of("a GET that declares no answer (null)") : Optional.empty();
        }

        @Override
        public Optional<String> visitArrayType(ApiType.ArrayType type) {
            return item
                    ? Optional.empty()
                    : type.items().accept(new Reason(get, true)).map(reason -> "list of " + reason);
        }

        @Override
        public Optional<String> visitAnyType(ApiType.AnyType type) {
            return Optional.of("any value: " + type.reason());
        }

        @Override
        public Optional<String> visitObjectType(ApiType.ObjectType type) {
            return type.properties().isEmpty() && !(type.additional() instanceof AdditionalProperties.Typed)
                    ? Optional.of("objects without properties")
                    : Optional.empty();
        }

        @Override
        public Optional<String> visitStringType(ApiType.StringType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitIntegerType(ApiType.IntegerType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitNumberType(ApiType.NumberType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitBooleanType(ApiType.BooleanType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitEnumType(ApiType.EnumType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitListStringType(ApiType.ListStringType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitPropertyStringType(ApiType.PropertyStringType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitOneOfType(ApiType.OneOfType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitUpidType(ApiType.UpidType type) {
            return Optional.empty();
        }
    }
}
