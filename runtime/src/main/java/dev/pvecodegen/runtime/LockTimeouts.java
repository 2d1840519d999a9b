package dev.pvecodegen.runtime;

import java.util.regex.Pattern;

/** Recognises the server's lock-timeout error ({@code can't lock file '/var/lock/…' - got timeout}). */
final class LockTimeouts {
    private static final Pattern LOCK_TIMEOUT = Pattern.compile("can't lock file .*got timeout", Pattern.DOTALL);

    private LockTimeouts() {
    }

    static boolean matches(String message) {
        return message != null && LOCK_TIMEOUT.matcher(message).find();
    }
}
