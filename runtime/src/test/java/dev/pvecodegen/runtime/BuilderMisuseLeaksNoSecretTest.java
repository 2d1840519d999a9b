package dev.pvecodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.auth.TfaResponse;
import dev.pvecodegen.runtime.testing.FakeProxmox;
import dev.pvecodegen.runtime.testing.FakeProxmox.Reply;
import dev.pvecodegen.runtime.testing.FakeTime;
import dev.pvecodegen.runtime.testing.LogCapture;
import dev.pvecodegen.runtime.tls.Fingerprint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds every {@link PveClient.Builder} method that takes text a secret in every argument position (swapped
 * arguments, a secret doubled into the id, a secret where a host or fingerprint belongs), builds, calls, and scans
 * every exception message, cause, suppressed exception, stack trace, log line and {@code toString()} for it.
 * Methods whose parameters are durations, enums, paths, key stores or policies cannot receive a secret by type.
 */
class BuilderMisuseLeaksNoSecretTest {
    /** A token secret as the server creates it. */
    private static final String TOKEN_SECRET = "c3b1a7e2-5d4f-4e8a-9b6c-2f1e0d9c8b7a";
    /** A password as people choose them. */
    private static final String PASSWORD = "Tr0ub4dor&3-horse!";

    private static final String TOKEN_ID = "root@pam!ci";
    private static final String USER = "root@pam";

    private final FakeProxmox server = FakeProxmox.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void close() {
        server.close();
    }

    /** Each misuse: a builder call with the secret {@code s} in one position, the other positions plausible. */
    private Map<String, BiFunction<PveClient.Builder, String, PveClient.Builder>> misuses() {
        String pin = Fingerprint.of(server.identity().certificate());
        String host = server.host();
        Map<String, BiFunction<PveClient.Builder, String, PveClient.Builder>> misuses = new LinkedHashMap<>();
        misuses.put("host(s)", (b, s) -> b.host(s).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put("hosts(s)", (b, s) -> b.hosts(s).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put("hosts(host, s)", (b, s) -> b.hosts(host, s).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put("hosts(List.of(s))", (b, s) -> b.hosts(List.of(s)).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put("apiToken(s, id)", (b, s) -> b.host(host).apiToken(s, TOKEN_ID));
        misuses.put("apiToken(id, s)", (b, s) -> b.host(host).apiToken(TOKEN_ID, s));
        misuses.put("apiToken(s, s)", (b, s) -> b.host(host).apiToken(s, s));
        misuses.put("apiToken(id=s, s)", (b, s) -> b.host(host).apiToken(TOKEN_ID + "=" + s, s));
        misuses.put("apiToken(id:s, s)", (b, s) -> b.host(host).apiToken(TOKEN_ID + ":" + s, s));
        misuses.put("apiToken(s)", (b, s) -> b.host(host).apiToken(s));
        misuses.put("apiToken(id=s)", (b, s) -> b.host(host).apiToken(TOKEN_ID + "=" + s));
        misuses.put("apiToken(s=id)", (b, s) -> b.host(host).apiToken(s + "=" + TOKEN_ID));
        misuses.put("password(s, user)", (b, s) -> b.host(host).password(s, USER));
        misuses.put("password(user, s)", (b, s) -> b.host(host).password(USER, s));
        misuses.put("password(s, s)", (b, s) -> b.host(host).password(s, s));
        misuses.put("password(s, user chars)", (b, s) -> b.host(host).password(s, USER.toCharArray()));
        misuses.put("password(user, s chars)", (b, s) -> b.host(host).password(USER, s.toCharArray()));
        misuses.put("passwordSupplier(s, ...)", (b, s) -> b.host(host).passwordSupplier(s, USER::toCharArray));
        misuses.put("passwordSupplier(user, () -> s)", (b, s) -> b.host(host).passwordSupplier(USER, s::toCharArray));
        misuses.put("fingerprint(s)", (b, s) -> b.host(host).fingerprint(s).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put(
                "fingerprint(s, pin)",
                (b, s) -> b.host(host).fingerprint(s, pin).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put(
                "fingerprint(host, s)",
                (b, s) -> b.host(host).fingerprint(host, s).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put(
                "caCertificatePem(s)",
                (b, s) -> b.host(host).caCertificatePem(s).apiToken(TOKEN_ID, TOKEN_SECRET));
        misuses.put("tfa(totp(s))", (b, s) -> b.host(host).password(USER, "pw").tfa(c -> TfaResponse.totp(s)));
        misuses.put(
                "tfa(of(s, code))", (b, s) -> b.host(host).password(USER, "pw").tfa(c -> TfaResponse.of(s, "1")));
        return misuses;
    }

    @Test
    void noSecretInAnyMessageCauseLogOrToStringWhateverPositionItIsGivenIn() {
        // A login that asks for a second factor, so that the TFA handler is called.
        server.on(
                "POST /access/ticket",
                r -> Reply.ok("{\"ticket\":\"PVE:!tfa!%7B%22totp%22%3Atrue%7D:1::SIG\",\"NeedTFA\":1}"));
        server.on("GET /version", r -> Reply.ok("{\"version\":\"9.2\"}"));
        List<String> observed = new ArrayList<>();
        int attempts = 0;
        try (LogCapture logs = LogCapture.start()) {
            for (var misuse : misuses().entrySet()) {
                for (String secret : List.of(TOKEN_SECRET, PASSWORD)) {
                    attempts++;
                    observed.addAll(tryMisuse(misuse.getKey(), misuse.getValue(), secret));
                }
            }
            observed.addAll(logs.messages());
        }

        assertThat(attempts).isEqualTo(misuses().size() * 2);
        assertThat(observed).as("something was observed for each misuse").hasSizeGreaterThan(attempts);
        assertThat(observed)
                .as("texts that show a secret")
                .filteredOn(text -> text.contains(TOKEN_SECRET) || text.contains(PASSWORD))
                .isEmpty();
    }

    private List<String> tryMisuse(
            String name, BiFunction<PveClient.Builder, String, PveClient.Builder> misuse, String secret) {
        List<String> observed = new ArrayList<>();
        PveClient.Builder builder = PveClient.builder()
                .clock(time)
                .sleeper(time)
                .noRetries()
                .fingerprint(Fingerprint.of(server.identity().certificate()));
        try {
            PveClient.Builder misused = misuse.apply(builder, secret);
            observed.add(name + ": " + misused);
            try (PveClient client = misused.build()) {
                observed.add(name + ": " + client);
                client.execute(ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class);
            }
        } catch (RuntimeException e) {
            observed.add(name + ": " + describe(e));
        }
        return observed;
    }

    /** Message, toString, causes, suppressed exceptions and stack trace, as a log file would show them. */
    private static String describe(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        StringBuilder text = new StringBuilder(trace.toString());
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append('\n').append(t).append('\n').append(t.getMessage());
            for (Throwable suppressed : t.getSuppressed()) {
                text.append('\n').append(describe(suppressed));
            }
        }
        return text.toString();
    }
}
