package dev.pvecodegen.generator.bind;

import java.util.Objects;
import java.util.Optional;

/**
 * A navigation method from a resource class to a child: {@code qemu()}, {@code vmid(int)}, or the shortcut
 * {@code qemu(int)} for {@code qemu().vmid(int)}.
 *
 * @param method the Java method name
 * @param target the child's class name
 * @param targetPath the child's path, for the Javadoc
 * @param argument the path variable the method takes, if any
 */
public record BoundNavigation(String method, String target, String targetPath, Optional<PathVariable> argument) {
    public BoundNavigation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetPath, "targetPath");
        Objects.requireNonNull(argument, "argument");
    }
}
