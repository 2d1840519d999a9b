package dev.pvecodegen.schema.model;

/** What an operation's payload is: PBS marks raw streams with the pseudo-methods DOWNLOAD and UPLOAD. */
public enum BodyKind {
    /** A normal JSON API call. */
    JSON,
    /** The response is a raw (non-JSON) stream ({@code method: DOWNLOAD}). */
    DOWNLOAD,
    /** The request body is a raw stream ({@code method: UPLOAD}). */
    UPLOAD
}
