package dev.pvecodegen.runtime.support;

import java.util.Optional;

/**
 * {@link Optional#ofNullable(Object)} for the scalar types of generated getters. Each is an ordinary method, not a
 * generic one: javac attributes a call of a generic method by inference, which costs it several times more, and
 * generated clients have thousands of such getters.
 */
public final class Optionals {

    private Optionals() {}

    public static Optional<String> ofString(String value) {
        return Optional.ofNullable(value);
    }

    public static Optional<Long> ofLong(Long value) {
        return Optional.ofNullable(value);
    }

    public static Optional<Integer> ofInteger(Integer value) {
        return Optional.ofNullable(value);
    }

    public static Optional<Double> ofDouble(Double value) {
        return Optional.ofNullable(value);
    }

    public static Optional<Boolean> ofBoolean(Boolean value) {
        return Optional.ofNullable(value);
    }
}
