package dev.pvecodegen.simulator.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.IncomingRequest;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.AccessState;
import dev.pvecodegen.simulator.state.UserAccount;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authentication as {@code PVE::HTTPServer} does it: API tokens in the Authorization header, tickets in the
 * {@code PVEAuthCookie} cookie (or header) with a CSRF token on every non-GET, the TOTP challenge flow of
 * {@code POST /access/ticket}, {@code allowtoken: 0} and the root-only handlers.
 */
public final class AuthService {
    private static final String ROOT = "root@pam";

    private final AccessState access;
    private final TicketStore tickets;
    private final Clock clock;
    private final String clusterName;
    private final Pattern tokenHeader;
    private final Pattern ticketHeader;
    private final String cookieName;
    private final boolean backupServer;

    /**
     * @param product {@code PVE} ({@code PVEAPIToken=USER!ID=SECRET}, {@code PVEAuthCookie}) or {@code PBS}
     *     ({@code PBSAPIToken=USER!ID:SECRET}, {@code PBSAuthCookie})
     */
    public AuthService(AccessState access, TicketStore tickets, Clock clock, String clusterName, String product) {
        this.tokenHeader = Pattern.compile(product + "APIToken[= ]([^@\\s]+@[^!\\s]+)!([^=:\\s]+)[=: ](\\S+)");
        this.ticketHeader = Pattern.compile(product + "AuthCookie[= ](\\S+)");
        this.cookieName = product + "AuthCookie";
        this.backupServer = product.equals("PBS");
        this.access = access;
        this.tickets = tickets;
        this.clock = clock;
        this.clusterName = clusterName;
    }

    public TicketStore tickets() {
        return tickets;
    }

    /**
     * Checks the credentials of a call to {@code operation}.
     *
     * @param ticketExpired a fault forces tickets to count as expired
     * @throws ApiError 401 when not authenticated, 403 for token use on root-only handlers
     */
    public Identity authenticate(IncomingRequest request, Operation operation, boolean ticketExpired) {
        boolean world = operation.permissions().user().filter("world"::equals).isPresent();
        if (world) {
            // The real server skips authentication for these calls (login, realm list): stale cookies or a
            // missing CSRF token sent along with a login must not fail it.
            try {
                return check(request, operation, ticketExpired);
            } catch (ApiError ignored) {
                return Identity.anonymous();
            }
        }
        return check(request, operation, ticketExpired);
    }

    private Identity check(IncomingRequest request, Operation operation, boolean ticketExpired) {
        String authorization = request.header("authorization").orElse("");
        Matcher token = tokenHeader.matcher(authorization);
        Identity identity;
        if (token.lookingAt()) {
            identity = tokenIdentity(
                    IncomingRequest.percentDecode(token.group(1), "Authorization header"),
                    token.group(2),
                    IncomingRequest.percentDecode(token.group(3), "Authorization header"));
            if (!operation.flags().allowToken()) {
                throw ApiError.unauthorized("API tokens are not allowed for this call");
            }
        } else {
            String ticket = ticketOf(request, authorization).orElseThrow(() -> ApiError.unauthorized("No ticket"));
            identity = ticketIdentity(request, ticket, ticketExpired);
        }
        if (operation.permissions().isEmpty() && !isRoot(identity)) {
            throw ApiError.forbidden("Permission check failed (user != root@pam)");
        }
        return identity;
    }

    private Identity tokenIdentity(String userid, String tokenid, String secret) {
        if (!access.checkToken(userid, tokenid, secret, clock.instant().getEpochSecond())) {
            throw ApiError.unauthorized("invalid token value!");
        }
        return new Identity(Optional.of(userid), Optional.of(tokenid), Identity.Method.TOKEN);
    }

    private Identity ticketIdentity(IncomingRequest request, String ticket, boolean ticketExpired) {
        Optional<String> userid = ticketExpired ? Optional.empty() : tickets.verifyTicket(ticket);
        if (userid.isEmpty() || !access.isActive(userid.get())) {
            throw ApiError.unauthorized("invalid PVE ticket");
        }
        if (!request.method().equals("GET")) {
            String csrf = request.header("csrfpreventiontoken").orElse(null);
            if (!tickets.verifyCsrfToken(csrf, userid.get())) {
                throw ApiError.unauthorized("Permission denied - invalid csrf token");
            }
        }
        return new Identity(userid, Optional.empty(), Identity.Method.TICKET);
    }

    private Optional<String> ticketOf(IncomingRequest request, String authorization) {
        String cookie = request.cookies().get(cookieName);
        if (cookie != null && !cookie.isEmpty()) {
            return Optional.of(IncomingRequest.percentDecode(cookie, "cookie " + cookieName));
        }
        Matcher header = ticketHeader.matcher(authorization);
        return header.lookingAt()
                ? Optional.of(IncomingRequest.percentDecode(header.group(1), "Authorization header"))
                : Optional.empty();
    }

    private static boolean isRoot(Identity identity) {
        return identity.method() == Identity.Method.TICKET
                && identity.userid().filter(ROOT::equals).isPresent();
    }

    /**
     * {@code POST /access/ticket}: password login, ticket renewal (a valid ticket as password), and the two steps
     * of the TFA challenge flow. Failures are 401 "authentication failure", as on the real server.
     */
    public ObjectNode login(
            String username,
            String password,
            Optional<String> realm,
            Optional<String> tfaChallenge,
            Optional<String> otp) {
        String userid = username.contains("@") || realm.isEmpty() ? username : username + "@" + realm.get();
        if (tfaChallenge.isPresent()) {
            return answerChallenge(userid, tfaChallenge.get(), password);
        }
        Optional<String> renewed = tickets.verifyTicket(password).filter(userid::equals);
        if (renewed.isPresent() && access.isActive(userid)) {
            return fullTicket(userid);
        }
        UserAccount user = access.checkPassword(userid, password)
                .orElseThrow(() -> ApiError.unauthorized("authentication failure"));
        Optional<String> secret = user.totpSecret();
        if (secret.isEmpty()) {
            return fullTicket(userid);
        }
        if (otp.isPresent()) {
            if (!TotpVerifier.verify(secret.get(), otp.get(), clock.instant())) {
                throw ApiError.unauthorized("authentication failure");
            }
            return fullTicket(userid);
        }
        ObjectNode answer = Json.object();
        answer.put("username", userid);
        answer.put("ticket", tickets.issueTfaChallenge(userid, "{\"totp\":true}"));
        answer.put("CSRFPreventionToken", tickets.issueCsrfToken(userid));
        answer.put("NeedTFA", 1);
        return answer;
    }

    private ObjectNode answerChallenge(String userid, String challenge, String response) {
        if (!tickets.verifyTfaChallenge(challenge, userid)) {
            throw ApiError.unauthorized("authentication failure");
        }
        String code = response.startsWith("totp:") ? response.substring("totp:".length()) : null;
        if (!access.isActive(userid) || code == null || !totpMatches(userid, code)) {
            throw ApiError.unauthorized("authentication failure");
        }
        return fullTicket(userid);
    }

    private boolean totpMatches(String userid, String code) {
        return access.totpSecret(userid)
                .map(s -> TotpVerifier.verify(s, code, clock.instant()))
                .orElse(false);
    }

    private ObjectNode fullTicket(String userid) {
        ObjectNode answer = Json.object();
        answer.put("username", userid);
        answer.put("ticket", tickets.issueTicket(userid));
        answer.put("CSRFPreventionToken", tickets.issueCsrfToken(userid));
        if (backupServer) {
            // The Backup Server answers the ticket, the CSRF token and the user, nothing else.
            return answer;
        }
        if (clusterName != null) {
            answer.put("clustername", clusterName);
        }
        ObjectNode cap = answer.putObject("cap");
        cap.putObject("vms");
        cap.putObject("storage");
        cap.putObject("access");
        cap.putObject("nodes");
        cap.putObject("dc");
        return answer;
    }
}
