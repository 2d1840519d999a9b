package dev.pvecodegen.runtime.support;

import java.util.ArrayList;
import java.util.List;

/** Argument checks of generated builders; every message names the parameter. */
public final class Checks {

    private Checks() {}

    /**
     * Fails when any required value is missing, naming all of them at once.
     *
     * @param owner what is being built, for the message
     * @param namesAndValues alternating parameter name and value
     */
    public static void required(String owner, Object... namesAndValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add((String) namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(owner + ": missing required parameter"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
    }

    /** Fails when {@code value} lies outside {@code [min, max]}; {@code null} passes (optional and absent). */
    public static void range(String name, Number value, double min, double max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            throw new IllegalArgumentException(
                    name + " must be between " + format(min) + " and " + format(max) + ", was " + value);
        }
    }

    /** Fails when {@code value} is below {@code min}. */
    public static void min(String name, Number value, double min) {
        if (value != null && value.doubleValue() < min) {
            throw new IllegalArgumentException(name + " must be at least " + format(min) + ", was " + value);
        }
    }

    /** Fails when {@code value} is above {@code max}. */
    public static void max(String name, Number value, double max) {
        if (value != null && value.doubleValue() > max) {
            throw new IllegalArgumentException(name + " must be at most " + format(max) + ", was " + value);
        }
    }

    /** Fails when the string's length lies outside {@code [min, max]}. */
    public static void length(String name, CharSequence value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            throw new IllegalArgumentException(
                    name + " must be " + min + " to " + max + " characters long, was " + value.length());
        }
    }

    /** Fails when {@code index} is not a valid index of the family {@code name[n]}. */
    public static int index(String name, int index, int min, int max) {
        if (index < min || index > max) {
            throw new IllegalArgumentException(
                    name + " index must be between " + min + " and " + max + ", was " + index);
        }
        return index;
    }

    /**
     * Fails when a union member is set for a discriminator value it does not belong to.
     *
     * @param name the property
     * @param value the property's value (null passes)
     * @param discriminator the discriminator's wire value, null when unset
     * @param allowed the discriminator values the property belongs to
     */
    public static void variant(String name, Object value, String discriminator, List<String> allowed) {
        if (value != null && discriminator != null && !allowed.contains(discriminator)) {
            throw new IllegalArgumentException(
                    name + " applies only to " + String.join(", ", allowed) + ", not to " + discriminator);
        }
    }

    /**
     * Fails when a property-string value sets a key the operation does not accept: the value class also serves a
     * variant of the format that has the key (a disk's {@code import-from} is only accepted when creating).
     *
     * @param name the parameter ({@code scsi0})
     * @param key the key ({@code import-from})
     * @param set whether the value sets it
     */
    public static void notAccepted(String name, String key, boolean set) {
        if (set) {
            throw new IllegalArgumentException(name + ": the key " + key + " is not accepted by this operation");
        }
    }

    /** Fails fast on a null argument, naming it. */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15
                ? Long.toString((long) bound)
                : Double.toString(bound);
    }
}
