package dev.pvecodegen.generator.bind;

import java.util.Objects;

/**
 * A path variable as a resource class carries it.
 *
 * @param wireName the variable's name in the path ({@code vmid})
 * @param member the Java field and parameter name
 * @param type {@link JavaType.Scalar#INTEGER} or {@link JavaType.Scalar#LONG} (passed unboxed) or
 *     {@link JavaType.Scalar#STRING}
 */
public record PathVariable(String wireName, String member, JavaType.Scalar type) {
    public PathVariable {
        Objects.requireNonNull(wireName, "wireName");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
    }
}
