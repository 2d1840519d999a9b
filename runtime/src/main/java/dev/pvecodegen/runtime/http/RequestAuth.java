package dev.pvecodegen.runtime.http;

import dev.pvecodegen.runtime.HttpVerb;
import java.net.http.HttpRequest;

/** Adds the credentials of one moment (token header, or ticket cookie plus CSRF token) to a request. */
@FunctionalInterface
public interface RequestAuth {
    /** No credentials: for the login call itself. */
    RequestAuth NONE = (request, verb) -> {};

    void apply(HttpRequest.Builder request, HttpVerb verb);
}
