package dev.pvecodegen.testkit;

import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.simulator.PveSimulator;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link PveSimulatorTest}: starts simulators when a parameter first needs one, keeps them
 * in the JUnit store of the class or the method they serve, and closes them when that scope ends.
 */
public final class PveSimulatorExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PveSimulatorExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PveSimulator.class
                || type == PveClient.class
                || type == ApiExecutor.class
                || ApiRoots.isRoot(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        RunningSimulator running = running(context);
        if (type == PveSimulator.class) {
            return running.simulator();
        }
        if (type == PveClient.class || type == ApiExecutor.class) {
            return running.client();
        }
        return ApiRoots.create(type, running.client());
    }

    /** A method-scoped simulator ends with its method; a class-scoped one loses the faults the test injected. */
    @Override
    public void afterEach(ExtensionContext context) {
        RunningSimulator own = context.getStore(NAMESPACE).remove(key(context), RunningSimulator.class);
        if (own != null) {
            own.close();
            return;
        }
        classContext(context)
                .map(c -> c.getStore(NAMESPACE).get(key(c), RunningSimulator.class))
                .ifPresent(shared -> shared.simulator().faults().clear());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RunningSimulator shared = context.getStore(NAMESPACE).remove(key(context), RunningSimulator.class);
        if (shared != null) {
            shared.close();
        }
    }

    /** The simulator of the scope {@code context} belongs to, started on first use. */
    private static RunningSimulator running(ExtensionContext context) {
        Optional<PveSimulatorTest> onMethod = context.getTestMethod().flatMap(m -> annotation(m));
        PveSimulatorTest onClass = classAnnotation(context).orElse(null);
        ExtensionContext scope;
        PveSimulatorTest settings;
        if (onMethod.isPresent()
                || (context.getTestMethod().isPresent()
                        && onClass != null
                        && onClass.lifecycle() == PveSimulatorTest.Lifecycle.PER_METHOD)) {
            scope = context;
            settings = onMethod.orElse(onClass);
        } else if (onClass == null) {
            throw new ParameterResolutionException("no @PveSimulatorTest on " + context.getDisplayName());
        } else if (onClass.lifecycle() == PveSimulatorTest.Lifecycle.PER_METHOD) {
            throw new ParameterResolutionException("@PveSimulatorTest(lifecycle = PER_METHOD) has no simulator"
                    + " outside a test method: inject it into @Test, @BeforeEach or @AfterEach methods");
        } else {
            scope = classContext(context).orElseThrow();
            settings = onClass;
        }
        PveSimulatorTest chosen = settings;
        return scope.getStore(NAMESPACE)
                .getOrComputeIfAbsent(key(scope), key -> RunningSimulator.start(chosen), RunningSimulator.class);
    }

    /**
     * One key per scope: store lookups fall through to the parent context, so a method's own simulator must not
     * share the key of its class's.
     */
    private static String key(ExtensionContext scope) {
        return "simulator " + scope.getUniqueId();
    }

    /** The context of the test class (the method's parent, or the class context itself). */
    private static Optional<ExtensionContext> classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            Optional<ExtensionContext> parent = current.getParent();
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        return current.getTestClass().isPresent() ? Optional.of(current) : Optional.empty();
    }

    /** On the test class, its superclasses ({@code @Inherited}) or, for {@code @Nested} classes, an outer class. */
    private static Optional<PveSimulatorTest> classAnnotation(ExtensionContext context) {
        for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
            Optional<PveSimulatorTest> found = annotation(type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<PveSimulatorTest> annotation(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, PveSimulatorTest.class);
    }
}
