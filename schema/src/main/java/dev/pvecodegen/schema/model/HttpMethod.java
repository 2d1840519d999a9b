package dev.pvecodegen.schema.model;

/** The HTTP verbs of the apidoc {@code info} map, in the order operations are listed. */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    DELETE
}
