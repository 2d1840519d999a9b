package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.Operation;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation as a method of its resource class.
 *
 * @param operation the operation
 * @param method the Java method name ({@code get}, {@code post}, …)
 * @param request the request class, when the operation has query or body parameters
 * @param returns what the method returns
 * @param withoutArguments true when every parameter is optional: an overload without the request is generated too
 */
public record BoundOperation(
        Operation operation,
        String method,
        Optional<JavaType.Named> request,
        JavaType returns,
        boolean withoutArguments) {
    public BoundOperation {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(returns, "returns");
    }
}
