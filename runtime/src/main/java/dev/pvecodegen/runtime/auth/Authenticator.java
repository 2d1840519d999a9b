package dev.pvecodegen.runtime.auth;

import dev.pvecodegen.runtime.http.RequestAuth;

/** Supplies the credentials for each request and recovers once from a 401. */
public interface Authenticator {

    /** The credentials to send now; a ticket close to the end of its lifetime is renewed first. */
    RequestAuth current();

    /**
     * The server answered 401 to a request sent with {@code rejected}: renew or log in again.
     *
     * @return whether new credentials are available, so that the request may be sent once more
     */
    boolean recoverFrom(RequestAuth rejected);

    /** Whether requests go out with an API token (which some operations refuse). */
    boolean usesApiToken();

    /** What kind of authentication, for messages and toString; never a secret. */
    String describe();
}
