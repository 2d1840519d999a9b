package dev.pvecodegen.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the standalone simulator takes its secrets from: environment variables and files, never the command line,
 * whose arguments every local user can read in {@code ps}. The options that used to carry a secret are refused with
 * a pointer to their replacement.
 */
final class SecretOptions {
    static final String ROOT_PASSWORD_VARIABLE = "PVE_SIMULATOR_ROOT_PASSWORD";
    static final String ROOT_TOTP_VARIABLE = "PVE_SIMULATOR_ROOT_TOTP";

    static final String HELP =
            """
              --root-password-file FILE
                                    password of root@pam, the first line of FILE; or set %s
                                    (default %s)
              --root-totp-file FILE require a TOTP second factor for root@pam (base32 secret, the first line of
                                    FILE); or set %s
              --token-file FILE     API tokens present from the start (privilege separation off), one
                                    USER@REALM!TOKENID=SECRET per line, # for comments
            """.formatted(ROOT_PASSWORD_VARIABLE, SimulatorOptions.DEFAULT_ROOT_PASSWORD, ROOT_TOTP_VARIABLE);

    private SecretOptions() {}

    /** Whether {@code option} is one of ours: it then takes a value, handed to {@link #apply}. */
    static boolean handles(String option) {
        return switch (option) {
            case "--root-password-file",
                    "--root-totp-file",
                    "--token-file",
                    "--root-password",
                    "--root-totp",
                    "--token" -> true;
            default -> false;
        };
    }

    /**
     * Applies one of our options.
     *
     * @throws IllegalArgumentException for an unreadable or malformed file, and for the options that would put a
     *     secret on the command line
     */
    static void apply(SimulatorOptions.Builder builder, String option, String value) {
        switch (option) {
            case "--root-password-file" -> builder.rootPassword(firstLine(value, option));
            case "--root-totp-file" -> builder.rootTotpSecret(firstLine(value, option));
            case "--token-file" -> tokens(builder, value);
            case "--root-password" ->
                throw onTheCommandLine(option, "--root-password-file FILE or " + ROOT_PASSWORD_VARIABLE);
            case "--root-totp" -> throw onTheCommandLine(option, "--root-totp-file FILE or " + ROOT_TOTP_VARIABLE);
            case "--token" -> throw onTheCommandLine(option, "--token-file FILE");
            default -> throw new IllegalArgumentException("not a secret option: " + option);
        }
    }

    /** The secrets given in the environment; options given later on the command line win. */
    static void applyEnvironment(SimulatorOptions.Builder builder, Map<String, String> environment) {
        String password = environment.get(ROOT_PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            builder.rootPassword(password);
        }
        String totp = environment.get(ROOT_TOTP_VARIABLE);
        if (totp != null && !totp.isEmpty()) {
            builder.rootTotpSecret(totp.strip());
        }
    }

    private static IllegalArgumentException onTheCommandLine(String option, String instead) {
        // The value is not repeated: it is the secret.
        return new IllegalArgumentException(
                option + " would show a secret to every local user (ps, /proc); use " + instead + " instead");
    }

    private static void tokens(SimulatorOptions.Builder builder, String file) {
        List<String> lines = read(file, "--token-file");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bang = line.indexOf('!');
            int eq = line.indexOf('=', Math.max(bang, 0));
            if (bang < 0 || eq < 0) {
                throw new IllegalArgumentException(
                        "--token-file " + file + ", line " + (i + 1) + ": expected USER@REALM!TOKENID=SECRET");
            }
            builder.token(line.substring(0, bang), line.substring(bang + 1, eq), line.substring(eq + 1));
        }
    }

    private static String firstLine(String file, String option) {
        List<String> lines = read(file, option);
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            throw new IllegalArgumentException(option + " " + file + ": the first line is empty");
        }
        return lines.get(0);
    }

    private static List<String> read(String file, String option) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
