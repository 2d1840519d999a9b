package dev.pvecodegen.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * @param supplements which supplement files refine the model (by default the shipped one for the product)
 * @param inference whether the inference rules of {@code dev.pvecodegen.schema.infer} refine the model (default on)
 * @param fetchTimeouts how long downloading an {@code https://} ref may take
 */
public record LoadOptions(
        Optional<String> expectedSha256,
        boolean insecureTls,
        Optional<String> tlsFingerprint,
        boolean offline,
        ClassLoader classLoader,
        SupplementSelection supplements,
        boolean inference,
        FetchTimeouts fetchTimeouts) {

    /**
     * The supplements to apply, in order (later ones override earlier ones).
     *
     * @param shipped whether the supplement shipped for the schema's product comes first
     * @param files users' supplement files, applied after it in this order
     */
    public record SupplementSelection(boolean shipped, List<Path> files) {
        public SupplementSelection {
            files = List.copyOf(files);
        }

        /** The shipped supplement only. */
        public static SupplementSelection defaults() {
            return new SupplementSelection(true, List.of());
        }

        /** No supplement at all. */
        public static SupplementSelection none() {
            return new SupplementSelection(false, List.of());
        }
    }

    public LoadOptions {
        Objects.requireNonNull(expectedSha256, "expectedSha256");
        Objects.requireNonNull(tlsFingerprint, "tlsFingerprint");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(supplements, "supplements");
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
                SupplementSelection.defaults(),
                true,
                FetchTimeouts.defaults());
    }

    public LoadOptions withExpectedSha256(String sha256) {
        return new LoadOptions(
                Optional.of(sha256),
                insecureTls,
                tlsFingerprint,
                offline,
                classLoader,
                supplements,
                inference,
                fetchTimeouts);
    }

    public LoadOptions withInsecureTls(boolean insecure) {
        return new LoadOptions(
                expectedSha256, insecure, tlsFingerprint, offline, classLoader, supplements, inference, fetchTimeouts);
    }

    public LoadOptions withTlsFingerprint(String fingerprint) {
        return new LoadOptions(
                expectedSha256,
                insecureTls,
                Optional.of(fingerprint),
                offline,
                classLoader,
                supplements,
                inference,
                fetchTimeouts);
    }

    public LoadOptions withOffline(boolean refuseUrls) {
        return new LoadOptions(
                expectedSha256,
                insecureTls,
                tlsFingerprint,
                refuseUrls,
                classLoader,
                supplements,
                inference,
                fetchTimeouts);
    }

    public LoadOptions withFetchTimeouts(FetchTimeouts timeouts) {
        return new LoadOptions(
                expectedSha256, insecureTls, tlsFingerprint, offline, classLoader, supplements, inference, timeouts);
    }

    public LoadOptions withClassLoader(ClassLoader loader) {
        return new LoadOptions(
                expectedSha256, insecureTls, tlsFingerprint, offline, loader, supplements, inference, fetchTimeouts);
    }

    /** Which supplements to apply instead of the current selection. */
    public LoadOptions withSupplements(SupplementSelection selection) {
        return new LoadOptions(
                expectedSha256, insecureTls, tlsFingerprint, offline, classLoader, selection, inference, fetchTimeouts);
    }

    /** Leaves out the supplement shipped for the product ({@code --no-supplement}). */
    public LoadOptions withoutShippedSupplement() {
        return withSupplements(new SupplementSelection(false, supplements.files()));
    }

    /** Adds a user's supplement file after those already selected ({@code --supplement FILE}). */
    public LoadOptions withSupplement(Path file) {
        List<Path> files = new ArrayList<>(supplements.files());
        files.add(file);
        return withSupplements(new SupplementSelection(supplements.shipped(), files));
    }

    /** Turns the inference rules on or off (off: the model holds what schema and supplements declare). */
    public LoadOptions withInference(boolean enabled) {
        return new LoadOptions(
                expectedSha256, insecureTls, tlsFingerprint, offline, classLoader, supplements, enabled, fetchTimeouts);
    }
}
