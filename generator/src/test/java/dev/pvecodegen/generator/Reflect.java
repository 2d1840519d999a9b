package dev.pvecodegen.generator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Calls into compiled generated code, which the test sources cannot reference statically. */
public final class Reflect {
    private final ClassLoader loader;

    public Reflect(ClassLoader loader) {
        this.loader = loader;
    }

    public Class<?> type(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + name, e);
        }
    }

    /** Calls a static method. */
    public Object callStatic(String className, String method, Object... args) {
        return invoke(type(className), null, method, args);
    }

    /** Calls an instance method. */
    public static Object call(Object target, String method, Object... args) {
        return invoke(target.getClass(), target, method, args);
    }

    /** Reads a public static field (enum constants). */
    public Object constant(String className, String field) {
        try {
            return type(className).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError(e.getMessage(), e);
        }
    }

    private static Object invoke(Class<?> type, Object target, String name, Object... args) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m, args)) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + name + Arrays.toString(args) + " on " + type.getName());
    }

    private static boolean accepts(Method m, Object[] args) {
        Class<?>[] params = m.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            Class<?> p = params[i].isPrimitive() ? box(params[i]) : params[i];
            if (args[i] != null && !p.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == long.class) {
            return Long.class;
        }
        if (primitive == double.class) {
            return Double.class;
        }
        return primitive == boolean.class ? Boolean.class : Object.class;
    }
}
