package dev.pvecodegen.runtime;

/** The HTTP methods the Proxmox API uses. */
public enum HttpVerb {
    GET,
    POST,
    PUT,
    DELETE;

    /** GET/DELETE carry their parameters in the query string; POST/PUT in a form-encoded body. */
    public boolean sendsParametersInQuery() {
        return this == GET || this == DELETE;
    }

    /** Idempotent in the HTTP sense: repeating the request has the same effect as sending it once. */
    public boolean isIdempotent() {
        return this != POST;
    }
}
