package dev.pvecodegen.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.auth.ApiToken;
import dev.pvecodegen.runtime.auth.TfaHandler;
import dev.pvecodegen.runtime.http.Endpoint;
import dev.pvecodegen.runtime.record.RecordingOptions;
import dev.pvecodegen.runtime.task.TaskPolling;
import dev.pvecodegen.runtime.tls.Fingerprint;
import dev.pvecodegen.runtime.tls.PemCertificates;
import dev.pvecodegen.runtime.tls.TlsSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The validated, immutable configuration of a {@link PveClient}. Its toString holds no secret. */
record ClientSettings(
        Product product,
        List<Endpoint> endpoints,
        ApiToken token,
        String username,
        Supplier<char[]> passwords,
        TfaHandler tfa,
        Duration ticketRenewal,
        TlsSettings tls,
        Duration connectTimeout,
        Duration requestTimeout,
        RetryPolicy retry,
        ApiFormat format,
        ObjectMapper mapper,
        TaskPolling taskPolling,
        Clock clock,
        Sleeper sleeper,
        RecordingOptions recording) {

    String describe() {
        return product + ", hosts=" + endpoints + ", tls=" + tls.describe() + ", format=" + format.segment()
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", retries=" + (retry.maxAttempts() - 1)
                + (recording == null ? "" : ", recording to " + recording.directory());
    }

    @Override
    public String toString() {
        return "ClientSettings[" + describe() + ", auth=" + (token != null ? token : "ticket for " + username) + "]";
    }

    /** A user id as {@code pve_verify_userid} accepts it. */
    private static final Pattern USER_ID = Pattern.compile("[^\\s:/@]+@[A-Za-z][A-Za-z0-9._-]+");

    /** What the builder collects before validation. */
    static final class Draft {
        Product product = Product.PVE;
        List<String> hosts = List.of();
        ApiToken token;
        String username;
        char[] password;
        Supplier<char[]> passwords;
        TfaHandler tfa;
        Duration ticketRenewal = Duration.ofHours(1);
        final TlsDraft tls = new TlsDraft();
        Duration connectTimeout = Duration.ofSeconds(15);
        Duration requestTimeout = Duration.ofSeconds(90);
        RetryPolicy retry = RetryPolicy.defaults();
        ApiFormat format = ApiFormat.EXTJS;
        ObjectMapper mapper;
        TaskPolling taskPolling;
        Clock clock = Clock.systemUTC();
        Sleeper sleeper = Sleeper.SYSTEM;
        RecordingOptions recording;

        ClientSettings freeze() {
            if (hosts.isEmpty()) {
                throw new IllegalStateException("no host configured: call host(\"pve1:8006\") or hosts(...)");
            }
            List<Endpoint> endpoints = new ArrayList<>();
            for (int i = 0; i < hosts.size(); i++) {
                endpoints.add(endpoint(hosts, i, product.defaultPort()));
            }
            if (new HashSet<>(endpoints).size() != endpoints.size()) {
                throw new IllegalStateException("a host is listed twice: " + endpoints);
            }
            boolean ticket = username != null;
            if (token != null && ticket) {
                throw new IllegalStateException("configure either an API token or a password login, not both");
            }
            if (token == null && !ticket) {
                throw new IllegalStateException(
                        "no credentials: call apiToken(...), password(...) or" + " passwordSupplier(...)");
            }
            if (ticket && password == null && passwords == null) {
                throw new IllegalStateException("the password for " + username + " was already used by an earlier"
                        + " build(); pass it again or use passwordSupplier(...)");
            }
            if (token != null && tfa != null) {
                throw new IllegalStateException("tfa(...) applies to password logins only; API tokens need none");
            }
            TaskPolling polling = taskPolling != null
                    ? taskPolling
                    : TaskPolling.defaults().withTime(clock, sleeper, TaskPolling.DelayScheduler.DEFAULT);
            return new ClientSettings(
                    product,
                    endpoints,
                    token,
                    username,
                    passwords,
                    tfa,
                    ticketRenewal,
                    tls.freeze(endpoints),
                    connectTimeout,
                    requestTimeout,
                    retry,
                    format,
                    mapper,
                    polling,
                    clock,
                    sleeper,
                    recording);
        }

        /**
         * Host {@code index} of {@code hosts}, parsed; a problem is reported by position, not by repeating the text.
         */
        static Endpoint endpoint(List<String> hosts, int index, int defaultPort) {
            try {
                return Endpoint.parse(Objects.requireNonNull(hosts.get(index), "host"), defaultPort);
            } catch (IllegalArgumentException e) {
                String which = hosts.size() == 1 ? "the host" : "host " + (index + 1) + " of " + hosts.size();
                throw new IllegalArgumentException(which + " cannot be used: " + e.getMessage(), e);
            }
        }

        /** {@code user@realm} as the server validates user ids; not repeated when malformed. */
        static String username(String username) {
            Objects.requireNonNull(username, "username");
            if (!USER_ID.matcher(username).matches()) {
                throw new IllegalArgumentException("the user name is not of the form USER@REALM (e.g. root@pam);"
                        + " are the user and the password swapped?");
            }
            return username;
        }

        @Override
        public String toString() {
            return product + ", hosts=" + hosts + ", auth="
                    + (token != null ? token : username != null ? "password login for " + username : "none")
                    + ", insecure=" + tls.insecure;
        }
    }

    /** TLS options as given to the builder. */
    static final class TlsDraft {
        final List<X509Certificate> caCertificates = new ArrayList<>();
        final Map<String, Set<String>> pinsByHost = new LinkedHashMap<>();
        final Set<String> pinsForAll = new HashSet<>();
        boolean insecure;

        void addCaFile(Path file) {
            caCertificates.addAll(PemCertificates.read(file));
        }

        void addKeyStore(KeyStore store) {
            try {
                for (String alias : Collections.list(store.aliases())) {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate instanceof X509Certificate x509) {
                        caCertificates.add(x509);
                    }
                }
            } catch (KeyStoreException e) {
                throw new IllegalArgumentException("cannot read the trust store: " + e.getMessage(), e);
            }
        }

        void addCaPem(String pem) {
            caCertificates.addAll(PemCertificates.parse(pem.getBytes(StandardCharsets.US_ASCII), "PEM text"));
        }

        void pinForAll(String fingerprint) {
            pinsForAll.add(Fingerprint.normalize(fingerprint));
        }

        void pinForHost(String host, String fingerprint) {
            pinsByHost.computeIfAbsent(host.strip(), h -> new HashSet<>()).add(Fingerprint.normalize(fingerprint));
        }

        private static boolean isHost(String text) {
            try {
                Endpoint.parse(text, 8006);
                return true;
            } catch (IllegalArgumentException notAHost) {
                return false;
            }
        }

        TlsSettings freeze(List<Endpoint> endpoints) {
            if (insecure && (!caCertificates.isEmpty() || !pinsForAll.isEmpty() || !pinsByHost.isEmpty())) {
                throw new IllegalStateException("insecure() contradicts the configured CA or fingerprints; drop it");
            }
            // Pins are looked up by the host the TLS engine reports, "host:port" or "host": accept both spellings.
            Set<String> known = endpoints.stream()
                    .flatMap(e -> Stream.of(e.host(), e.authority()))
                    .collect(Collectors.toSet());
            for (String host : pinsByHost.keySet()) {
                if (!known.contains(host)) {
                    // Shown only when it is a host at all: anything else may be a misplaced secret.
                    throw new IllegalStateException("fingerprint(host, sha256) names "
                            + (isHost(host) ? host + ", which is" : "a host that is") + " not among the hosts "
                            + endpoints + (isHost(host) ? "" : "; are the arguments swapped?"));
                }
            }
            return new TlsSettings(caCertificates, pinsByHost, pinsForAll, insecure);
        }
    }
}
