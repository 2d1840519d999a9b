package dev.pvecodegen.testkit;

import dev.pvecodegen.runtime.ApiExecutor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Generated API roots ({@code Pve}, {@code Pbs}, or the root of a client generated with other options) are found
 * by shape, not by name: a public class with a public constructor taking the {@link ApiExecutor}. So the test kit
 * works with any generated client without depending on one.
 */
final class ApiRoots {
    private ApiRoots() {}

    static boolean isRoot(Class<?> type) {
        return constructor(type).isPresent();
    }

    /** {@code new Root(executor)}. */
    static Object create(Class<?> type, ApiExecutor executor) {
        Constructor<?> constructor = constructor(type)
                .orElseThrow(() -> new IllegalArgumentException(
                        type.getName() + " has no public constructor taking an ApiExecutor"));
        try {
            return constructor.newInstance(executor);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot create " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private static Optional<Constructor<?>> constructor(Class<?> type) {
        if (type.isPrimitive()
                || type.isArray()
                || type.isInterface()
                || Modifier.isAbstract(type.getModifiers())
                || !Modifier.isPublic(type.getModifiers())
                || ApiExecutor.class.isAssignableFrom(type)) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.getConstructor(ApiExecutor.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
