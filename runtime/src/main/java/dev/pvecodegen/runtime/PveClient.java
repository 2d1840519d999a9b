package dev.pvecodegen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.auth.ApiToken;
import dev.pvecodegen.runtime.auth.Authenticator;
import dev.pvecodegen.runtime.auth.TfaHandler;
import dev.pvecodegen.runtime.drift.DriftMonitor;
import dev.pvecodegen.runtime.drift.DriftReport;
import dev.pvecodegen.runtime.drift.DriftScope;
import dev.pvecodegen.runtime.http.Exchange;
import dev.pvecodegen.runtime.http.RequestAuth;
import dev.pvecodegen.runtime.http.ResponseTimer;
import dev.pvecodegen.runtime.http.TreeDecoder;
import dev.pvecodegen.runtime.record.RecordingExecutor;
import dev.pvecodegen.runtime.record.RecordingOptions;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.TaskPolling;
import dev.pvecodegen.runtime.task.Upid;
import java.lang.System.Logger.Level;
import java.lang.ref.Cleaner;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The connection to a Proxmox VE or Backup Server cluster: transport, authentication, TLS, failover and retries.
 * One instance is thread-safe and meant to be shared; close it when done. Generated API classes take it as their
 * {@link ApiExecutor}.
 *
 * <pre>{@code
 * try (PveClient client = PveClient.builder()
 *         .hosts("pve1:8006", "pve2:8006")
 *         .apiToken("automation@pve!ci", secret)
 *         .fingerprint("AB:CD:…")
 *         .build()) {
 *     JsonNode version = client.execute(ApiRequest.builder(HttpVerb.GET, "/version").build(), JsonNode.class);
 * }
 * }</pre>
 */
public final class PveClient implements ApiExecutor, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.pvecodegen.runtime");

    /**
     * Releases the threads of clients that became garbage without {@link #close()}: the action holds the parts,
     * never the client, so it can run once the client is unreachable.
     */
    private static final Cleaner CLEANER = Cleaner.create(runnable -> {
        Thread thread = new Thread(runnable, "pvecodegen-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    private final ClientParts parts;
    private final Authenticator authenticator;
    private final CallRetrier retrier;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Cleaner.Cleanable release;
    private final DriftMonitor drift = new DriftMonitor();
    /** Null unless the builder asked for recording; it wraps {@link Direct}, the client without recording. */
    private final RecordingExecutor recorder;

    PveClient(ClientParts parts, Authenticator authenticator) {
        this.parts = parts;
        this.authenticator = authenticator;
        this.retrier =
                new CallRetrier(parts.settings().retry(), parts.settings().sleeper());
        this.release = CLEANER.register(this, parts::close);
        this.recorder = recorder(parts.settings());
    }

    private RecordingExecutor recorder(ClientSettings settings) {
        RecordingOptions options = settings.recording();
        if (options == null) {
            return null;
        }
        ApiToken token = settings.token();
        if (token != null) {
            options = options.scrubbing(text -> token.withoutSecret(text, "<redacted>"));
        }
        return new RecordingExecutor(new Direct(), options, settings.clock());
    }

    /** Starts the configuration of a client. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public <T> T execute(ApiRequest request, Class<T> type) {
        return recorder != null
                ? recorder.execute(request, type)
                : call(request, parts.mapper().constructType(type));
    }

    @Override
    public <T> T execute(ApiRequest request, TypeReference<T> type) {
        return recorder != null
                ? recorder.execute(request, type)
                : call(request, parts.mapper().constructType(type));
    }

    /** Decodes a tree of {@code data} as {@link #execute} would, counting drift for {@code request}'s operation. */
    @Override
    @SuppressWarnings("TypeParameterUnusedInFormals") // as ApiExecutor.decode
    public <T> T decode(ApiRequest request, JsonNode data, JavaType type) {
        DriftScope scope = DriftScope.open(drift, request);
        try {
            return TreeDecoder.decode(parts.mapper(), request, data, type);
        } finally {
            scope.close();
        }
    }

    // T is fixed by the Class or TypeReference of the public execute(); Jackson's JavaType carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    private <T> T call(ApiRequest request, JavaType type) {
        if (closed.get()) {
            throw new IllegalStateException("this PveClient is closed");
        }
        if (authenticator.usesApiToken()) {
            TokenRestrictions.refusal(request).ifPresent(reason -> {
                throw new AuthenticationException(
                        reason + ". Use ticket authentication" + " (PveClient.builder().password(...)) for it.");
            });
        }
        DriftScope scope = DriftScope.open(drift, request);
        try {
            return retrier.run(request, () -> sendAuthenticated(request, type));
        } finally {
            scope.close();
        }
    }

    // T is fixed by the Class or TypeReference of the public execute(); Jackson's JavaType carries no parameter.
    @SuppressWarnings("TypeParameterUnusedInFormals")
    private <T> T sendAuthenticated(ApiRequest request, JavaType type) {
        Exchange exchange = parts.exchange();
        RequestAuth auth = authenticator.current();
        try {
            return exchange.send(request, type, auth);
        } catch (AuthenticationException e) {
            if (e.status() != 401 || !authenticator.recoverFrom(auth)) {
                throw e;
            }
            LOG.log(Level.DEBUG, () -> request.describe() + " was refused with 401; authenticated again, repeating");
            return exchange.send(request, type, authenticator.current());
        }
    }

    @Override
    public ObjectMapper mapper() {
        return parts.mapper();
    }

    @Override
    public TaskPolling taskPolling() {
        return parts.settings().taskPolling();
    }

    /**
     * What the generated types did not expect in the answers this client decoded since it was built or last reset:
     * undeclared fields, values of another type, data on operations generated as {@code void}, unknown enum values,
     * per operation and field. An immutable snapshot; each new surprise is also logged once at DEBUG (logger
     * {@code dev.pvecodegen.runtime.drift}).
     */
    public DriftReport drift() {
        return drift.snapshot();
    }

    /** Starts the drift report afresh and returns what it held. */
    public DriftReport resetDrift() {
        return drift.reset();
    }

    /** A handle on a server task, polled with this client. */
    public Task task(Upid upid) {
        return new Task(this, upid);
    }

    /** A handle on a server task given by its UPID text. */
    public Task task(String upid) {
        return task(Upid.parse(upid));
    }

    /** {@code host:port} that calls go to first: the last host that answered. */
    public String currentHost() {
        return parts.exchange().transport().endpoints().current().authority();
    }

    public Product product() {
        return parts.settings().product();
    }

    /**
     * Releases the HTTP client's threads and connections. Calls after closing fail. A client that is never closed
     * releases them once it is garbage collected.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release.clean();
        }
    }

    /** The client without recording: what the recorder wraps. */
    private final class Direct implements ApiExecutor {
        @Override
        public <T> T execute(ApiRequest request, Class<T> type) {
            return call(request, parts.mapper().constructType(type));
        }

        @Override
        public <T> T execute(ApiRequest request, TypeReference<T> type) {
            return call(request, parts.mapper().constructType(type));
        }

        @Override
        @SuppressWarnings("TypeParameterUnusedInFormals") // as ApiExecutor.decode
        public <T> T decode(ApiRequest request, JsonNode data, JavaType type) {
            return PveClient.this.decode(request, data, type);
        }

        @Override
        public ObjectMapper mapper() {
            return PveClient.this.mapper();
        }

        @Override
        public TaskPolling taskPolling() {
            return PveClient.this.taskPolling();
        }
    }

    @Override
    public String toString() {
        return "PveClient[" + parts.settings().describe() + ", auth=" + authenticator.describe()
                + (closed.get() ? ", closed" : "") + "]";
    }

    /**
     * The configuration of a {@link PveClient}. Hosts and one kind of credentials are required; everything else has
     * defaults suited to busy clusters. Secrets given here are not shown by {@link #toString()}; a password is used
     * for the first login only and then forgotten.
     */
    public static final class Builder {
        private final ClientSettings.Draft draft = new ClientSettings.Draft();

        private Builder() {}

        /** PVE (default) or PBS: default port, token header and cookie name. */
        public Builder product(Product product) {
            draft.product = Objects.requireNonNull(product, "product");
            return this;
        }

        /** The one API host: {@code pve1}, {@code pve1:8006}, {@code [fd00::1]:8006} or {@code https://pve1}. */
        public Builder host(String host) {
            return hosts(host);
        }

        /** Several hosts of one cluster, tried in order when a host cannot be connected to. */
        public Builder hosts(String... hosts) {
            return hosts(List.of(hosts));
        }

        /** Several hosts of one cluster, tried in order when a host cannot be connected to. */
        public Builder hosts(List<String> hosts) {
            List<String> given = List.copyOf(hosts);
            for (int i = 0; i < given.size(); i++) {
                ClientSettings.Draft.endpoint(given, i, draft.product.defaultPort()); // fails fast, by position
            }
            draft.hosts = given;
            return this;
        }

        /** API token authentication; the id is {@code user@realm!tokenname}. Checked here. */
        public Builder apiToken(String tokenId, String secret) {
            draft.token = ApiToken.of(tokenId, secret);
            return this;
        }

        /** API token authentication from {@code user@realm!tokenname=secret} (or {@code :secret}). */
        public Builder apiToken(String token) {
            draft.token = ApiToken.parse(token);
            return this;
        }

        /**
         * Ticket authentication: logs in when the client is built, then renews the ticket without the password.
         * {@code username} includes the realm, e.g. {@code root@pam}.
         */
        public Builder password(String username, String password) {
            return takePassword(
                    username, Objects.requireNonNull(password, "password").toCharArray());
        }

        /** As {@link #password(String, String)}; a copy is kept until the login and then wiped. */
        public Builder password(String username, char[] password) {
            return takePassword(
                    username, Objects.requireNonNull(password, "password").clone());
        }

        private Builder takePassword(String username, char[] password) {
            try {
                draft.username = ClientSettings.Draft.username(username);
            } catch (IllegalArgumentException e) {
                Arrays.fill(password, '\0');
                throw e;
            }
            if (draft.password != null) {
                Arrays.fill(draft.password, '\0');
            }
            draft.password = password;
            return this;
        }

        /**
         * Ticket authentication that may log in again whenever needed (after a 401 that renewal cannot fix), asking
         * the supplier (e.g. a vault) each time instead of keeping the password. The returned arrays are wiped.
         */
        public Builder passwordSupplier(String username, Supplier<char[]> passwords) {
            draft.username = ClientSettings.Draft.username(username);
            draft.passwords = Objects.requireNonNull(passwords, "passwords");
            return this;
        }

        /** Answers the second-factor challenge of a ticket login (TOTP, recovery key, Yubico, WebAuthn). */
        public Builder tfa(TfaHandler handler) {
            draft.tfa = handler;
            return this;
        }

        /** Renew the ticket once it is this old (default 1 h; tickets live 2 h). */
        public Builder ticketRenewal(Duration age) {
            if (positive(age, "ticketRenewal").compareTo(Duration.ofHours(2)) >= 0) {
                throw new IllegalArgumentException("ticketRenewal must be shorter than the ticket's two-hour lifetime");
            }
            draft.ticketRenewal = age;
            return this;
        }

        /** Trust the CAs in this PEM file or bundle (e.g. {@code /etc/pve/pve-root-ca.pem}) instead of the JVM's. */
        public Builder caCertificate(Path pemFile) {
            draft.tls.addCaFile(pemFile);
            return this;
        }

        /** Trust the CAs in this PEM text. */
        public Builder caCertificatePem(String pem) {
            draft.tls.addCaPem(pem);
            return this;
        }

        /** Trust the certificates of a {@link KeyStore} (its trusted-certificate and key entries' chains). */
        public Builder trustStore(KeyStore store) {
            draft.tls.addKeyStore(store);
            return this;
        }

        /** Trust any host whose certificate has this SHA-256 fingerprint ({@code AB:CD:…}, as PVE shows it). */
        public Builder fingerprint(String sha256) {
            draft.tls.pinForAll(sha256);
            return this;
        }

        /** Trust {@code host} (as given to {@link #hosts}, with or without port) by its certificate fingerprint. */
        public Builder fingerprint(String host, String sha256) {
            draft.tls.pinForHost(host, sha256);
            return this;
        }

        /**
         * Turns certificate verification OFF: any server, including a man in the middle, receives the credentials.
         * Logs a warning. Prefer {@link #fingerprint} or {@link #caCertificate}.
         */
        public Builder insecure() {
            draft.tls.insecure = true;
            return this;
        }

        /** Time allowed to set up a connection, per host (default 15 s). */
        public Builder connectTimeout(Duration timeout) {
            draft.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** Time allowed for the answer of one request (default 90 s); overridable per request. */
        public Builder requestTimeout(Duration timeout) {
            draft.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /** When to repeat failed calls (default {@link RetryPolicy#defaults()}). */
        public Builder retry(RetryPolicy policy) {
            draft.retry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Never repeat a failed call. */
        public Builder noRetries() {
            return retry(RetryPolicy.none());
        }

        /** {@code /api2/extjs} (default, readable errors on every server) or {@code /api2/json}. */
        public Builder format(ApiFormat format) {
            draft.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** The mapper for answers (default {@link dev.pvecodegen.runtime.json.PveJson#newMapper()}). */
        public Builder mapper(ObjectMapper mapper) {
            draft.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /**
         * Records every answer as one JSON file in {@code directory}, secrets redacted before anything is written,
         * at most 10 000 files and 100 MiB (see {@link #recordAnswers(RecordingOptions)} for other caps).
         */
        public Builder recordAnswers(Path directory) {
            return recordAnswers(RecordingOptions.to(directory));
        }

        /** Records every answer as {@link RecordingExecutor} does, with these options. */
        public Builder recordAnswers(RecordingOptions options) {
            draft.recording = Objects.requireNonNull(options, "options");
            return this;
        }

        /** How tasks are polled (delays, tolerated early errors, log lines). */
        public Builder taskPolling(TaskPolling polling) {
            draft.taskPolling = Objects.requireNonNull(polling, "polling");
            return this;
        }

        /** The clock for ticket renewal and task timeouts (tests inject one). */
        public Builder clock(Clock clock) {
            draft.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How to wait between retries and task polls (tests inject one). */
        public Builder sleeper(Sleeper sleeper) {
            draft.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Builds the client; with ticket authentication, logs in now (once: failed logins are delayed 3 s by the
         * server, so nothing here probes in a loop).
         *
         * @throws IllegalStateException when the configuration is incomplete or contradictory
         * @throws PveException when the login fails
         */
        public PveClient build() {
            ClientSettings settings = draft.freeze();
            char[] password = draft.password;
            draft.password = null;
            return ClientParts.connect(settings, password);
        }

        @Override
        public String toString() {
            return "PveClient.Builder[" + draft + "]";
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }

    /** The pieces a client is made of, and how to dispose of them. */
    record ClientParts(
            ClientSettings settings,
            ObjectMapper mapper,
            Exchange exchange,
            HttpClient http,
            ExecutorService threads,
            ResponseTimer timer) {

        static PveClient connect(ClientSettings settings, char[] password) {
            return ClientFactory.create(settings, password);
        }

        void close() {
            timer.close();
            threads.shutdown();
            if (http instanceof AutoCloseable closeable) { // HttpClient is AutoCloseable from Java 21 on
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.log(Level.DEBUG, "closing the HTTP client failed", e);
                }
            }
        }
    }
}
