package dev.pvecodegen.generator.cli;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaProblem;
import dev.pvecodegen.schema.read.SchemaFetcher;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * How a command fetches an {@code https://} schema: the TLS options every command that reads a schema mounts
 * ({@code inspect}, {@code generate}, {@code diff}, and any later one), the same choices the runtime's
 * {@code PveClient.Builder} offers: pin the certificate's SHA-256 fingerprint, or accept any certificate.
 *
 * <p>A command's parser asks {@link #isOption} for each argument and hands over the ones that are ours.
 *
 * @param fingerprint the pinned SHA-256 certificate fingerprint, if any
 * @param insecure whether any certificate is accepted
 */
record SchemaFetchOptions(Optional<String> fingerprint, boolean insecure) {
    /** Neither option given: the JVM's trust store decides. */
    static final SchemaFetchOptions NONE = new SchemaFetchOptions(Optional.empty(), false);

    static final String TLS_FINGERPRINT = "--tls-fingerprint";
    static final String INSECURE = "--insecure";

    /** The help lines, aligned like the commands' own. */
    static final String HELP = """
              --tls-fingerprint SHA256  trust the https host whose certificate has this SHA-256 fingerprint
                                        (AB:CD:…, as Node > System > Certificates shows it)
              --insecure                trust any https certificate (prefer --tls-fingerprint)
            """;

    static boolean isOption(String option) {
        return option.equals(TLS_FINGERPRINT) || option.equals(INSECURE);
    }

    static boolean takesValue(String option) {
        return option.equals(TLS_FINGERPRINT);
    }

    /**
     * These options with one more of ours; {@code value} is null for {@link #INSECURE}.
     *
     * @throws IllegalArgumentException when a value is missing or the two options are combined
     */
    SchemaFetchOptions with(String option, String value) {
        SchemaFetchOptions result;
        if (option.equals(TLS_FINGERPRINT)) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(TLS_FINGERPRINT + " needs a value");
            }
            result = new SchemaFetchOptions(Optional.of(value), insecure);
        } else if (option.equals(INSECURE)) {
            result = new SchemaFetchOptions(fingerprint, true);
        } else {
            throw new IllegalArgumentException("not a schema fetch option: " + option);
        }
        if (result.insecure && result.fingerprint.isPresent()) {
            throw new IllegalArgumentException(INSECURE + " contradicts " + TLS_FINGERPRINT + "; give one of them");
        }
        return result;
    }

    /**
     * These options with the one at {@code args[index]} (one of ours) and its value, which follows it.
     *
     * @throws IllegalArgumentException when a value is missing or the two options are combined
     */
    SchemaFetchOptions withOptionAt(List<String> args, int index) {
        String option = args.get(index);
        boolean hasValue = takesValue(option) && index + 1 < args.size();
        return with(option, hasValue ? args.get(index + 1) : null);
    }

    /** How many arguments the option takes up, itself included. */
    static int width(String option) {
        return takesValue(option) ? 2 : 1;
    }

    LoadOptions applyTo(LoadOptions options) {
        LoadOptions result = options.withInsecureTls(insecure);
        return fingerprint.map(result::withTlsFingerprint).orElse(result);
    }

    /** A hint naming this command line's options, when the load failed on an untrusted certificate. */
    static Optional<String> hint(SchemaException failure) {
        boolean untrusted = failure.problems().stream()
                .map(SchemaProblem::toString)
                .anyMatch(problem -> problem.contains(SchemaFetcher.UNTRUSTED_CERTIFICATE));
        return untrusted
                ? Optional.of("hint: pin the host's certificate with " + TLS_FINGERPRINT + " AB:CD:… (shown under Node"
                        + " > System > Certificates), or accept any certificate with " + INSECURE)
                : Optional.empty();
    }

    /** Prints {@link #hint} when there is one. */
    static void printHint(SchemaException failure, String command, PrintStream err) {
        hint(failure).ifPresent(hint -> err.println("pvecodegen " + command + ": " + hint));
    }
}
