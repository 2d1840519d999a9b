package dev.pvecodegen.examples;

import dev.pvecodegen.client.pve.Pve;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Walks the generated resource tree by reflection, as a user navigates it ({@code pve.nodes("pve").qemu().vmid(100)}):
 * methods without arguments that return a resource go to literal children, methods with one argument to
 * path-variable children. A variable's name is the field the child class adds to its parent's fields (generated
 * resources keep each path value in a field named after it), so no naming rule of the emitter is assumed.
 */
final class ResourceTree {
    private static final String RESOURCE_PACKAGE = Pve.class.getPackageName();

    /** A resource instance reached from the root, with the variable values used on the way. */
    record Node(Object resource) {}

    private ResourceTree() {}

    /**
     * Every resource class reachable from {@code root}, each visited once. {@code values} answers the value of a
     * path variable (by its Java field name) for the resource class navigated to, or empty to leave it out.
     */
    static List<Node> walk(Pve root, BiFunction<Class<?>, String, Optional<String>> values) {
        List<Node> reached = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Object> queue = new ArrayDeque<>(List.of(root));
        seen.add(root.getClass());
        while (!queue.isEmpty()) {
            Object resource = queue.removeFirst();
            reached.add(new Node(resource));
            for (Method method : navigationMethods(resource.getClass())) {
                if (seen.contains(method.getReturnType())) {
                    continue;
                }
                Optional<Object> child = navigate(resource, method, values);
                child.ifPresent(c -> {
                    seen.add(c.getClass());
                    queue.addLast(c);
                });
            }
        }
        return reached;
    }

    private static List<Method> navigationMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() == type && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> isResource(m.getReturnType()) && m.getParameterCount() <= 1)
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    private static boolean isResource(Class<?> type) {
        return type.getPackageName().equals(RESOURCE_PACKAGE) && type != Pve.class;
    }

    private static Optional<Object> navigate(
            Object parent, Method method, BiFunction<Class<?>, String, Optional<String>> values) {
        Object[] arguments = new Object[0];
        if (method.getParameterCount() == 1) {
            String variable = addedVariable(parent.getClass(), method.getReturnType());
            Optional<String> value = values.apply(method.getReturnType(), variable);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                arguments = new Object[] {SampleValues.convert(value.get(), method.getParameterTypes()[0])};
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot convert the value of " + variable, e);
            }
        }
        try {
            return Optional.of(method.invoke(parent, arguments));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot navigate " + method, e);
        }
    }

    /** The path-variable field {@code child} has and {@code parent} has not. */
    static String addedVariable(Class<?> parent, Class<?> child) {
        Set<String> inherited = instanceFields(parent);
        Set<String> added = instanceFields(child).stream()
                .filter(f -> !inherited.contains(f))
                .collect(Collectors.toSet());
        if (added.size() != 1) {
            throw new IllegalStateException(child.getSimpleName() + " adds " + added + " to " + parent.getSimpleName()
                    + "; expected exactly one path variable");
        }
        return added.iterator().next();
    }

    private static Set<String> instanceFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)
                .filter(name -> !name.equals("executor"))
                .collect(Collectors.toSet());
    }
}
