package dev.pvecodegen.runtime.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.AuthenticationException;
import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.PveException;
import dev.pvecodegen.runtime.http.Exchange;
import dev.pvecodegen.runtime.http.RequestAuth;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Ticket authentication. Logs in once, then renews the ticket by posting it as the password once it is older
 * than {@code renewAfter} (tickets live two hours), so the password is not kept. When the server answers 401
 * the ticket is renewed, or, if a password supplier was configured, the user logs in again; then the request
 * is repeated once. Thread-safe: concurrent callers share one renewal.
 */
public final class TicketAuthenticator implements Authenticator {
    private static final System.Logger LOG = System.getLogger("dev.pvecodegen.runtime");

    private final String username;
    private final TicketLogin login;
    private final Clock clock;
    private final Duration renewAfter;
    private final Supplier<char[]> passwords;
    /** After a failed renewal, the next attempt waits this long (the ticket is still valid meanwhile). */
    private static final Duration RENEWAL_RETRY = Duration.ofMinutes(1);

    private volatile Ticket ticket;
    private volatile Instant nextRenewalAttempt = Instant.MIN;

    /**
     * @param passwords asked for the password whenever a full login is needed again; {@code null} to keep
     *     nothing (a ticket that could not be renewed in time then needs a new client)
     */
    public TicketAuthenticator(
            Product product,
            String username,
            Exchange exchange,
            ObjectMapper mapper,
            Clock clock,
            Duration renewAfter,
            TfaHandler tfa,
            Supplier<char[]> passwords) {
        this.username = Objects.requireNonNull(username, "username");
        this.login = new TicketLogin(product, exchange, mapper, clock, tfa);
        this.clock = clock;
        if (renewAfter.isNegative() || renewAfter.compareTo(Ticket.LIFETIME) >= 0) {
            throw new IllegalArgumentException("ticket renewal must happen within the ticket's two-hour lifetime");
        }
        this.renewAfter = renewAfter;
        this.passwords = passwords;
    }

    /** Logs in with {@code password} and wipes the array afterwards. */
    public synchronized void login(char[] password) {
        try {
            ticket = login.login(username, password);
            LOG.log(Level.DEBUG, () -> "logged in as " + username);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Logs in with a password from the supplier. */
    public synchronized void loginFromSupplier() {
        if (passwords == null) {
            throw new AuthenticationException("no password source to log in " + username + " again");
        }
        char[] password = passwords.get();
        if (password == null) {
            throw new AuthenticationException("the password supplier returned nothing for " + username);
        }
        login(password);
    }

    @Override
    public RequestAuth current() {
        Ticket current = ticket;
        if (current == null) {
            throw new AuthenticationException("not logged in as " + username);
        }
        Instant now = clock.instant();
        if (current.age(now).compareTo(renewAfter) >= 0
                && (!now.isBefore(nextRenewalAttempt) || current.isExpired(now))) {
            current = renewIfStillDue(current);
        }
        return current.auth();
    }

    private synchronized Ticket renewIfStillDue(Ticket seen) {
        if (ticket != seen) {
            return ticket; // another thread renewed meanwhile
        }
        try {
            ticket = login.renew(username, seen);
            LOG.log(Level.DEBUG, () -> "renewed the ticket of " + username);
        } catch (AuthenticationException e) {
            ticket = loginAgainOrFail(e); // the server refused the ticket itself
        } catch (PveException e) {
            if (seen.isExpired(clock.instant())) {
                throw new AuthenticationException(
                        "the ticket of " + username + " expired and could not be" + " renewed: " + e.getMessage(), e);
            }
            // Unreachable or busy server, ticket still valid for a while: keep it and try again a bit later.
            nextRenewalAttempt = clock.instant().plus(RENEWAL_RETRY);
            LOG.log(
                    Level.WARNING,
                    "could not renew the ticket of " + username + " (" + e.getMessage() + "); will try again in "
                            + RENEWAL_RETRY.toSeconds() + " s");
        }
        return ticket;
    }

    @Override
    public synchronized boolean recoverFrom(RequestAuth rejected) {
        Ticket current = ticket;
        if (current != null && current.auth() != rejected) {
            return true; // renewed since the request was sent
        }
        if (current == null) {
            ticket = loginAgainOrFail(new AuthenticationException("not logged in"));
            return true;
        }
        try {
            ticket = login.renew(username, current);
        } catch (PveException e) {
            ticket = loginAgainOrFail(e);
        }
        return true;
    }

    private Ticket loginAgainOrFail(PveException cause) {
        if (passwords == null) {
            throw new AuthenticationException(
                    "the ticket of " + username + " was refused and cannot be renewed;"
                            + " the password is not kept in memory: configure passwordSupplier(...) to allow logging in"
                            + " again, or use an API token",
                    cause);
        }
        loginFromSupplier();
        return ticket;
    }

    @Override
    public boolean usesApiToken() {
        return false;
    }

    @Override
    public String describe() {
        return "ticket for " + username;
    }

    @Override
    public String toString() {
        return "TicketAuthenticator[" + username + ", " + ticket + "]";
    }
}
