package dev.pvecodegen.runtime.auth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.AuthenticationException;
import dev.pvecodegen.runtime.HttpVerb;
import dev.pvecodegen.runtime.Product;
import dev.pvecodegen.runtime.http.Exchange;
import dev.pvecodegen.runtime.http.RequestAuth;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code POST /access/ticket} calls: password login, the two-step second-factor flow ({@code NeedTFA} with a
 * half ticket {@code PVE:!tfa!<challenge>}, answered with {@code tfa-challenge} and {@code password=method:code}),
 * and renewal by posting the current ticket as password.
 */
final class TicketLogin {
    private static final String TFA_MARK = "!tfa!";

    private final Product product;
    private final Exchange exchange;
    private final ObjectMapper mapper;
    private final JavaType jsonNode;
    private final Clock clock;
    private final TfaHandler tfa;

    TicketLogin(Product product, Exchange exchange, ObjectMapper mapper, Clock clock, TfaHandler tfa) {
        this.product = product;
        this.exchange = exchange;
        this.mapper = mapper;
        this.jsonNode = mapper.constructType(JsonNode.class);
        this.clock = clock;
        this.tfa = tfa;
    }

    /** Full login with the password, answering a second-factor challenge through the handler. */
    Ticket login(String username, char[] password) {
        JsonNode data = call(ticketRequest(username).param("password", new String(password)));
        if (needsSecondFactor(data)) {
            data = secondFactor(username, data.path("ticket").asText());
        }
        return ticketFrom(username, data);
    }

    /** A new ticket for the current one: the server accepts a valid ticket in place of the password. */
    Ticket renew(String username, Ticket current) {
        return ticketFrom(username, call(ticketRequest(username).param("password", current.value())));
    }

    private JsonNode secondFactor(String username, String halfTicket) {
        TfaChallenge challenge = parseChallenge(username, halfTicket);
        if (tfa == null) {
            throw new AuthenticationException("user " + username + " must log in with a second factor (offered: "
                    + String.join(", ", challenge.methods()) + "); configure one with"
                    + " tfa(challenge -> TfaResponse.totp(code)) or use an API token");
        }
        TfaResponse response = tfa.respond(challenge);
        if (response == null) {
            throw new AuthenticationException("the TFA handler gave no answer for user " + username);
        }
        JsonNode data =
                call(ticketRequest(username).param("tfa-challenge", halfTicket).param("password", response.wireForm()));
        if (needsSecondFactor(data)) {
            throw new AuthenticationException(
                    "the server did not accept the " + response.method() + " answer for user " + username);
        }
        return data;
    }

    private ApiRequest.Builder ticketRequest(String username) {
        ApiRequest.Builder request = ApiRequest.builder(HttpVerb.POST, "/access/ticket")
                .allowToken(false)
                .param("username", username);
        if (product == Product.PVE) {
            // PVE 7.x needs it for the challenge flow; 8+ ignores it. PBS does not know the parameter.
            request.param("new-format", 1);
        }
        return request;
    }

    private JsonNode call(ApiRequest.Builder request) {
        return exchange.send(request.build(), jsonNode, RequestAuth.NONE);
    }

    private Ticket ticketFrom(String username, JsonNode data) {
        String ticket = data == null ? "" : data.path("ticket").asText("");
        if (ticket.isEmpty()) {
            throw new AuthenticationException("login as " + username + " returned no ticket"
                    + (data != null && data.has("ticket-info") ? " (it was sent as an HttpOnly cookie only)" : ""));
        }
        String csrf = data.path("CSRFPreventionToken").asText(null);
        return new Ticket(product, ticket, csrf, clock.instant());
    }

    private static boolean needsSecondFactor(JsonNode data) {
        JsonNode flag = data == null ? null : data.get("NeedTFA");
        boolean flagged = flag != null && (flag.asBoolean() || "1".equals(flag.asText()));
        return flagged || (data != null && data.path("ticket").asText("").contains(TFA_MARK));
    }

    /** The challenge JSON follows {@code !tfa!}, raw or percent-encoded, up to the signature. */
    TfaChallenge parseChallenge(String username, String halfTicket) {
        int mark = halfTicket.indexOf(TFA_MARK);
        String rest = mark < 0 ? "" : halfTicket.substring(mark + TFA_MARK.length());
        JsonNode challenge = mapper.nullNode();
        try {
            if (!rest.startsWith("{")) {
                int end = rest.indexOf(':');
                rest = URLDecoder.decode(end < 0 ? rest : rest.substring(0, end), StandardCharsets.UTF_8);
            }
            try (JsonParser parser = mapper.createParser(rest)) {
                JsonNode parsed = mapper.readTree(parser); // reads the first JSON value, ignores the signature
                if (parsed != null) {
                    challenge = parsed;
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            // Unknown challenge format: still let the handler answer with a method it knows.
        }
        Set<String> methods = new LinkedHashSet<>();
        challenge.properties().forEach(field -> {
            JsonNode value = field.getValue();
            boolean offered = value.isObject()
                    || (value.isArray() && !value.isEmpty())
                    || (value.isTextual() && !value.asText().isEmpty() && !"unavailable".equals(value.asText()))
                    || value.asBoolean();
            if (offered) {
                methods.add(field.getKey());
            }
        });
        return new TfaChallenge(username, methods, challenge);
    }
}
