package dev.pvecodegen.runtime;

import java.util.regex.Pattern;

/**
 * Recognises the server errors that guarantee nothing was done: the lock timeout ({@code can't lock file
 * '/var/lock/…' - got timeout}) and a worker that could not be started ({@code got no worker upid - start worker
 * failed}).
 */
final class LockTimeouts {
    private static final Pattern LOCK_TIMEOUT = Pattern.compile("can't lock file .*got timeout", Pattern.DOTALL);
    private static final Pattern NO_WORKER = Pattern.compile("got no worker upid");

    private LockTimeouts() {}

    static boolean matches(String message) {
        return message != null && LOCK_TIMEOUT.matcher(message).find();
    }

    static boolean isWorkerStartFailure(String message) {
        return message != null && NO_WORKER.matcher(message).find();
    }
}
