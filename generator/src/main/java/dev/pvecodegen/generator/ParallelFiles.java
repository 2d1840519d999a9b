package dev.pvecodegen.generator;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

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

    /** One item's file work, with a result. */
    @FunctionalInterface
    public interface Mapping<T, R> {
        R apply(T item) throws IOException;
    }

    private ParallelFiles() {}

    /**
     * Runs {@code action} for every item, in no particular order. After a failure no further item is started; the
     * first failure is rethrown on the calling thread as it was thrown (an exception crossing threads in a parallel
     * stream may otherwise come back as a copy with another message).
     */
    public static <T> void forEach(Collection<T> items, Action<? super T> action) throws IOException {
        map(List.copyOf(items), item -> {
            action.run(item);
            return null;
        });
    }

    /**
     * The result of {@code function} for every item, in the items' order, computed in parallel; failures as for
     * {@link #forEach}.
     */
    public static <T, R> List<R> map(List<T> items, Mapping<? super T, ? extends R> function) throws IOException {
        Object[] results = new Object[items.size()];
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();
        IntStream.range(0, items.size()).parallel().forEach(i -> {
            if (!failures.isEmpty()) {
                return;
            }
            try {
                results[i] = function.apply(items.get(i));
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
        @SuppressWarnings("unchecked") // every slot holds what function returned for that item
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
