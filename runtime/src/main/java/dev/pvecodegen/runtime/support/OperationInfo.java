package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.HttpVerb;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata of one generated operation, as listed by the generated {@code <Root>Operations.ALL}: for tools that
 * enumerate the client (documentation, permission audits, mocks).
 *
 * @param verb the HTTP verb
 * @param pathTemplate the path with {@code {variables}}, e.g. {@code /nodes/{node}/qemu}
 * @param requestType the generated request class, empty when the operation has no query or body parameters
 * @param responseType what the generated method returns ({@code Void} for nothing, {@code Task} for tasks)
 * @param task true when the operation starts a server task (UPID)
 * @param allowToken false when the server refuses API tokens for it
 */
public record OperationInfo(
        HttpVerb verb,
        String pathTemplate,
        Optional<Class<?>> requestType,
        Type responseType,
        boolean task,
        boolean allowToken) {

    public OperationInfo {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
    }

    /** Shorthand used by generated code; {@code requestType} may be null. */
    public static OperationInfo of(
            HttpVerb verb,
            String pathTemplate,
            Class<?> requestType,
            Type responseType,
            boolean task,
            boolean allowToken) {
        return new OperationInfo(verb, pathTemplate, Optional.ofNullable(requestType), responseType, task, allowToken);
    }

    /** {@code POST /nodes/{node}/qemu}. */
    public String key() {
        return verb + " " + pathTemplate;
    }
}
