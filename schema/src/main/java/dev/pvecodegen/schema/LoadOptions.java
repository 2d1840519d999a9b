package dev.pvecodegen.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * How a schema is loaded.
 *
 * @param expectedSha256 when present, the lower- or upper-case hex SHA-256 the bytes must have
 * @param insecureTls accept any TLS certificate for {@code https://} refs (self-signed hosts); off by default
 * @param tlsFingerprint accept exactly the server certificate with this SHA-256 fingerprint
 *     ({@code AB:CD:…} or plain hex), a safer alternative to {@code insecureTls}
 * @param offline refuse URLs (builds that must not touch the network)
 * @param classLoader where {@code classpath:} refs are looked up
 * @param fetchTimeouts how long downloading an {@code https://} ref may take
 */
public record LoadOptions(
        Optional<String> expectedSha256,
        boolean insecureTls,
        Optional<String> tlsFingerprint,
        boolean offline,
        ClassLoader classLoader,
        FetchTimeouts fetchTimeouts) {

    public LoadOptions {
        Objects.requireNonNull(expectedSha256, "expectedSha256");
        Objects.requireNonNull(tlsFingerprint, "tlsFingerprint");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(fetchTimeouts, "fetchTimeouts");
    }

    public static LoadOptions defaults() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new LoadOptions(
                Optional.empty(),
                false,
                Optional.empty(),
                false,
                loader != null ? loader : LoadOptions.class.getClassLoader(),
                FetchTimeouts.defaults());
    }

    public LoadOptions withExpectedSha256(String sha256) {
        return new LoadOptions(Optional.of(sha256), insecureTls, tlsFingerprint, offline, classLoader, fetchTimeouts);
    }

    public LoadOptions withInsecureTls(boolean insecure) {
        return new LoadOptions(expectedSha256, insecure, tlsFingerprint, offline, classLoader, fetchTimeouts);
    }

    public LoadOptions withTlsFingerprint(String fingerprint) {
        return new LoadOptions(
                expectedSha256, insecureTls, Optional.of(fingerprint), offline, classLoader, fetchTimeouts);
    }

    public LoadOptions withOffline(boolean refuseUrls) {
        return new LoadOptions(expectedSha256, insecureTls, tlsFingerprint, refuseUrls, classLoader, fetchTimeouts);
    }

    public LoadOptions withFetchTimeouts(FetchTimeouts timeouts) {
        return new LoadOptions(expectedSha256, insecureTls, tlsFingerprint, offline, classLoader, timeouts);
    }

    public LoadOptions withClassLoader(ClassLoader loader) {
        return new LoadOptions(expectedSha256, insecureTls, tlsFingerprint, offline, loader, fetchTimeouts);
    }
}
