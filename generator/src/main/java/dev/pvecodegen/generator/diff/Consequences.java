package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.PropertyStringFormat;

/**
 * One-line explanations of what a type change means for users of the generated client. They name the Java
 * impact in terms that hold for any emitter naming ("a property-string value class"), not exact class names.
 */
final class Consequences {

    private Consequences() {}

    /** A parameter, property or sub-key changes shape. */
    static String typeChange(Location at, ApiType oldType, ApiType newType, Direction direction) {
        TypeShape oldShape = TypeShape.of(oldType);
        TypeShape newShape = TypeShape.of(newType);
        String subject = "`" + at.element() + "` is now " + phrase(newShape) + ": ";
        String impact = direction == Direction.INPUT
                ? "its setter takes " + newShape.javaHint() + " instead of " + oldShape.javaHint()
                : "its getter returns " + newShape.javaHint() + " instead of " + oldShape.javaHint();
        if (oldType instanceof ApiType.ListStringType list && newShape == TypeShape.ARRAY) {
            // Both are lists in Java; what breaks is the encoding a client generated from the old schema uses.
            return subject + "the values travel as repeated keys instead of one "
                    + TypeText.separatorName(list.separator()) + "-separated string, so a client generated from "
                    + "the old schema sends one joined value the server no longer splits";
        }
        return subject + impact + wireNote(oldType, newType, direction);
    }

    /** The response of an operation changes shape. */
    static String returnChange(ApiType oldType, ApiType newType) {
        TypeShape oldShape = TypeShape.of(oldType);
        TypeShape newShape = TypeShape.of(newType);
        if (newShape == TypeShape.TASK) {
            return oldShape == TypeShape.NOTHING
                    ? "the operation now runs as a task: the method returns a task handle (UPID) to await instead "
                            + "of nothing, and the work is not finished when the call returns"
                    : "the operation now runs as a task: the method returns a task handle (UPID) to await instead "
                            + "of " + oldShape.javaHint();
        }
        if (oldShape == TypeShape.TASK) {
            return "the method no longer returns a task handle: it returns " + newShape.javaHint()
                    + " and the work is done when the call returns";
        }
        if (newShape == TypeShape.NOTHING) {
            return "the method returns nothing instead of " + oldShape.javaHint()
                    + ": code using the result no longer compiles";
        }
        return "the method returns " + newShape.javaHint() + " instead of " + oldShape.javaHint();
    }

    private static String wireNote(ApiType oldType, ApiType newType, Direction direction) {
        TypeShape oldShape = TypeShape.of(oldType);
        if (direction == Direction.INPUT && newType instanceof ApiType.PropertyStringType propertyString) {
            PropertyStringFormat format = propertyString.format();
            boolean bareStillValid = format.defaultKey()
                    .flatMap(format::key)
                    .filter(key -> TypeShape.of(key.type()) == oldShape)
                    .isPresent();
            if (bareStillValid) {
                return "; on the wire a bare " + oldShape.schemaName() + " is still accepted (as `"
                        + format.defaultKey().get() + "`)";
            }
        }
        if (oldShape == TypeShape.ARRAY && newType instanceof ApiType.ListStringType list) {
            return "; on the wire the items are joined into one " + TypeText.separatorName(list.separator())
                    + "-separated string";
        }
        if (oldShape == TypeShape.STRING && TypeShape.of(newType) == TypeShape.ENUM && direction == Direction.INPUT) {
            return "; only the listed values are accepted";
        }
        return "";
    }

    /** "an integer", "a property string", "any JSON". */
    static String phrase(TypeShape shape) {
        return switch (shape) {
            case ANY, NOTHING -> shape.schemaName();
            case INTEGER, ENUM, ARRAY, OBJECT, OPAQUE_PROPERTY_STRING -> "an " + shape.schemaName();
            default -> "a " + shape.schemaName();
        };
    }
}
