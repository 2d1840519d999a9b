package dev.pvecodegen.generator;

import java.io.IOException;
import java.util.Collection;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * File work over many items on every core (the common pool and the calling thread). Writing or comparing the 1 300
 * files of a full client one by one leaves the second core of a small machine idle for a tenth of a second.
 */
public final class ParallelFiles {

    /** One item's file work. */
    @FunctionalInterface
    public interface Action<T> {
        void run(T item) throws IOException;
    }

    private ParallelFiles() {}

    /**
     * Runs {@code action} for every item, in no particular order. After a failure no further item is started; the
     * first failure is rethrown on the calling thread as it was thrown (an exception crossing threads in a parallel
     * stream may otherwise come back as a copy with another message).
     */
    public static <T> void forEach(Collection<T> items, Action<? super T> action) throws IOException {
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();
        items.parallelStream().forEach(item -> {
            if (!failures.isEmpty()) {
                return;
            }
            try {
                action.run(item);
            } catch (IOException | RuntimeException e) {
                failures.add(e);
            }
        });
        Exception failure = failures.peek();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
    }
}
