package dev.pvecodegen.runtime.auth;

import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.http.PercentEncoding;
import dev.pvecodegen.runtime.http.RequestAuth;
import java.time.Duration;
import java.time.Instant;

/**
 * A login ticket with its CSRF token and the time it was issued. Sent as cookie {@code PVEAuthCookie} (PBS:
 * {@code PBSAuthCookie}); every request other than GET also carries {@code CSRFPreventionToken}.
 * {@link #toString()} shows neither.
 */
final class Ticket {
    /** The server accepts a ticket for two hours after it was issued. */
    static final Duration LIFETIME = Duration.ofHours(2);

    private final String value;
    private final Instant issuedAt;
    private final RequestAuth auth;

    Ticket(Product product, String value, String csrfToken, Instant issuedAt) {
        this.value = value;
        this.issuedAt = issuedAt;
        // Percent-encoded like the web UI and the official Rust client do; the server URI-unescapes the cookie.
        String cookie = product.cookieName() + "=" + PercentEncoding.formComponent(value);
        this.auth = (request, verb) -> {
            request.header("Cookie", cookie);
            if (verb != HttpVerb.GET && csrfToken != null) {
                request.header("CSRFPreventionToken", csrfToken);
            }
        };
    }

    String value() {
        return value;
    }

    RequestAuth auth() {
        return auth;
    }

    Duration age(Instant now) {
        return Duration.between(issuedAt, now);
    }

    boolean isExpired(Instant now) {
        return age(now).compareTo(LIFETIME) >= 0;
    }

    @Override
    public String toString() {
        return "Ticket[issued " + issuedAt + ", value=***, csrf=***]";
    }
}
