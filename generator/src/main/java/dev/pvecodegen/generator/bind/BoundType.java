package dev.pvecodegen.generator.bind;

import java.util.List;

/**
 * A generated class of the model package with every decision taken: its name, its members and their Java types.
 * The emitters only render it.
 */
public sealed interface BoundType permits BoundRequest, BoundObject, BoundEnum, BoundValue {

    /** The simple name, or {@code Outer.Inner} for a class nested in another. */
    String name();

    /** Where the class is used, best ranked ({@link Site#RANK}) first: the first one gave the class its name. */
    List<Site> sites();

    JavaType.Kind kind();

    /** The class as a Java type. */
    default JavaType.Named ref() {
        return new JavaType.Named(name(), kind());
    }

    /** True for a class nested in another ({@code QemuNet.Model}). */
    default boolean isNested() {
        return name().indexOf('.') >= 0;
    }
}
