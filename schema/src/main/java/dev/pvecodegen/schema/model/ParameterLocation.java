package dev.pvecodegen.schema.model;

/** Where a parameter travels on the wire. */
public enum ParameterLocation {
    /** A {@code {variable}} segment of the path, percent-encoded. */
    PATH,
    /** The query string (GET and DELETE). */
    QUERY,
    /** The form-encoded body (POST and PUT). */
    BODY
}
