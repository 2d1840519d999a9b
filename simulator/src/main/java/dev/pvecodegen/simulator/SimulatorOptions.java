package dev.pvecodegen.simulator;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.simulator.fault.FaultRule;
import dev.pvecodegen.simulator.http.ConnectionLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a simulator instance is configured with. Immutable; start from {@link #defaults()} or
 * {@link #builder()}.
 *
 * <p>Defaults: schema {@code pve-9.2}, HTTPS on {@code 127.0.0.1} with a free port, one node {@code pve}, user
 * {@code root@pam} with password {@value #DEFAULT_ROOT_PASSWORD}, seed 0, tasks that run 200 ms, tickets valid
 * for two hours, no delay on 401 answers (the real server waits 3 s; set {@link Builder#authFailureDelay}).
 */
public final class SimulatorOptions {
    public static final String DEFAULT_ROOT_PASSWORD = "pve-simulator";

    /** A user that can log in; {@code totpSecret} (base32) enables the TOTP second factor. */
    public record User(String userid, String password, Optional<String> totpSecret) {
        public User {
            Objects.requireNonNull(userid, "userid");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(totpSecret, "totpSecret");
            if (!userid.contains("@")) {
                throw new IllegalArgumentException("user ids have the form name@realm: " + userid);
            }
        }

        @Override
        public String toString() {
            return "User[" + userid + (totpSecret.isPresent() ? ", totp" : "") + "]";
        }
    }

    /** An API token present from the start: {@code userid!tokenid} with {@code secret}. */
    public record Token(String userid, String tokenid, String secret, boolean privsep) {
        public Token {
            Objects.requireNonNull(userid, "userid");
            Objects.requireNonNull(tokenid, "tokenid");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Token[" + userid + "!" + tokenid + "]";
        }
    }

    private final String schema;
    private final Optional<ApiModel> model;
    private final String bindAddress;
    private final int port;
    private final boolean https;
    private final long seed;
    private final List<String> nodes;
    private final List<User> users;
    private final List<Token> tokens;
    private final List<FaultRule> faults;
    private final Duration taskDuration;
    private final Duration ticketLifetime;
    private final Duration authFailureDelay;
    private final Clock clock;
    private final ConnectionLimits connectionLimits;
    private final List<Path> answers;

    private SimulatorOptions(Builder b) {
        this.schema = b.schema;
        this.model = Optional.ofNullable(b.model);
        this.bindAddress = b.bindAddress;
        this.port = b.port;
        this.https = b.https;
        this.seed = b.seed;
        this.nodes = List.copyOf(b.nodes);
        List<User> allUsers = new ArrayList<>();
        allUsers.add(new User("root@pam", b.rootPassword, Optional.ofNullable(b.rootTotpSecret)));
        allUsers.addAll(b.users);
        this.users = List.copyOf(allUsers);
        this.tokens = List.copyOf(b.tokens);
        this.faults = List.copyOf(b.faults);
        this.taskDuration = b.taskDuration;
        this.ticketLifetime = b.ticketLifetime;
        this.authFailureDelay = b.authFailureDelay;
        this.clock = b.clock;
        this.connectionLimits = b.connectionLimits;
        this.answers = List.copyOf(b.answers);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("at least one node is needed");
        }
    }

    public static SimulatorOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schema = schema;
        b.model = model.orElse(null);
        b.bindAddress = bindAddress;
        b.port = port;
        b.https = https;
        b.seed = seed;
        b.nodes = new ArrayList<>(nodes);
        b.rootPassword = users.get(0).password();
        b.rootTotpSecret = users.get(0).totpSecret().orElse(null);
        b.users = new ArrayList<>(users.subList(1, users.size()));
        b.tokens = new ArrayList<>(tokens);
        b.faults = new ArrayList<>(faults);
        b.taskDuration = taskDuration;
        b.ticketLifetime = ticketLifetime;
        b.authFailureDelay = authFailureDelay;
        b.clock = clock;
        b.connectionLimits = connectionLimits;
        b.answers = new ArrayList<>(answers);
        return b;
    }

    /** The schema reference ({@code pve-9.2}, a file, a URL) used when no model is given. */
    public String schema() {
        return schema;
    }

    /** An already loaded model; wins over {@link #schema()} (lets tests share one model). */
    public Optional<ApiModel> model() {
        return model;
    }

    public String bindAddress() {
        return bindAddress;
    }

    /** The port to listen on; 0 picks a free one. */
    public int port() {
        return port;
    }

    public boolean https() {
        return https;
    }

    /** Seed of every generated value (ids, MAC addresses, synthesized responses): same seed, same answers. */
    public long seed() {
        return seed;
    }

    public List<String> nodes() {
        return nodes;
    }

    /** Users, {@code root@pam} first. */
    public List<User> users() {
        return users;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<FaultRule> faults() {
        return faults;
    }

    public Duration taskDuration() {
        return taskDuration;
    }

    public Duration ticketLifetime() {
        return ticketLifetime;
    }

    public Duration authFailureDelay() {
        return authFailureDelay;
    }

    public Clock clock() {
        return clock;
    }

    /** Request read deadline and connection bounds (default {@link ConnectionLimits#defaults()}). */
    public ConnectionLimits connectionLimits() {
        return connectionLimits;
    }

    /** Files and directories of recorded answers that GETs are answered from (see {@link Builder#answers}). */
    public List<Path> answers() {
        return answers;
    }

    @Override
    public String toString() {
        return "SimulatorOptions[schema=" + model.map(m -> m.source().name()).orElse(schema) + ", bind="
                + bindAddress + ":" + port + ", https=" + https + ", seed=" + seed + ", nodes=" + nodes + ", users="
                + users + ", tokens=" + tokens + ", taskDuration=" + taskDuration
                + (answers.isEmpty() ? "" : ", answers=" + answers) + "]";
    }

    /** Mutable builder of {@link SimulatorOptions}. */
    public static final class Builder {
        private String schema = "pve-9.2";
        private ApiModel model;
        private String bindAddress = "127.0.0.1";
        private int port;
        private boolean https = true;
        private long seed;
        private List<String> nodes = new ArrayList<>(List.of("pve"));
        private String rootPassword = DEFAULT_ROOT_PASSWORD;
        private String rootTotpSecret;
        private List<User> users = new ArrayList<>();
        private List<Token> tokens = new ArrayList<>();
        private List<FaultRule> faults = new ArrayList<>();
        private Duration taskDuration = Duration.ofMillis(200);
        private Duration ticketLifetime = Duration.ofHours(2);
        private Duration authFailureDelay = Duration.ZERO;
        private Clock clock = Clock.systemUTC();
        private ConnectionLimits connectionLimits = ConnectionLimits.defaults();
        private List<Path> answers = new ArrayList<>();

        private Builder() {}

        public Builder schema(String reference) {
            this.schema = Objects.requireNonNull(reference, "reference");
            return this;
        }

        public Builder model(ApiModel apiModel) {
            this.model = Objects.requireNonNull(apiModel, "apiModel");
            return this;
        }

        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            this.port = value;
            return this;
        }

        /** HTTPS (default) or plain HTTP. */
        public Builder https(boolean value) {
            this.https = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The cluster's node names, the first is the one answering (default {@code pve}). */
        public Builder nodes(String... names) {
            this.nodes = new ArrayList<>(List.of(names));
            return this;
        }

        public Builder rootPassword(String password) {
            this.rootPassword = Objects.requireNonNull(password, "password");
            return this;
        }

        /** Requires a TOTP second factor for {@code root@pam} (secret in base32). */
        public Builder rootTotpSecret(String base32Secret) {
            this.rootTotpSecret = base32Secret;
            return this;
        }

        public Builder user(String userid, String password) {
            users.add(new User(userid, password, Optional.empty()));
            return this;
        }

        public Builder user(String userid, String password, String totpSecret) {
            users.add(new User(userid, password, Optional.of(totpSecret)));
            return this;
        }

        /** A token present from the start, with privilege separation off unless {@code privsep}. */
        public Builder token(String userid, String tokenid, String secret, boolean privsep) {
            tokens.add(new Token(userid, tokenid, secret, privsep));
            return this;
        }

        public Builder token(String userid, String tokenid, String secret) {
            return token(userid, tokenid, secret, false);
        }

        public Builder fault(FaultRule rule) {
            faults.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        public Builder taskDuration(Duration duration) {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("negative task duration");
            }
            this.taskDuration = duration;
            return this;
        }

        public Builder ticketLifetime(Duration duration) {
            this.ticketLifetime = Objects.requireNonNull(duration, "duration");
            return this;
        }

        /** Delay before every 401 answer, as the real server does (3 s there). */
        public Builder authFailureDelay(Duration duration) {
            this.authFailureDelay = Objects.requireNonNull(duration, "duration");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /** How long a client may take to send a request, and how many are served at once (pveproxy's bounds). */
        public Builder connectionLimits(ConnectionLimits limits) {
            this.connectionLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Answers GETs with recorded {@code data}: a directory of recordings ({@code recordAnswers} of the runtime)
         * or a file in the plain corpus format ({@code [{method, path, data}]}); repeatable. A recording of the same
         * concrete path wins, else one of the same operation; everything else is simulated as usual.
         */
        public Builder answers(Path fileOrDirectory) {
            answers.add(Objects.requireNonNull(fileOrDirectory, "fileOrDirectory"));
            return this;
        }

        public SimulatorOptions build() {
            return new SimulatorOptions(this);
        }
    }
}
