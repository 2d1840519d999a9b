package dev.pvecodegen.schema.model;

import java.util.Objects;

/**
 * A parameter of an operation.
 *
 * @param location path, query or body
 * @param property name, type, optionality and documentation; path parameters are never optional
 */
public record Parameter(ParameterLocation location, Property property) {
    public Parameter {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(property, "property");
        if (location == ParameterLocation.PATH && property.optional()) {
            throw new IllegalArgumentException("path parameter " + property.name() + " cannot be optional");
        }
    }

    public String name() {
        return property.name();
    }

    public boolean required() {
        return !property.optional();
    }
}
