package dev.pvecodegen.runtime;

import java.time.Duration;

/** Waits between attempts. Injected so that tests can record waits instead of spending real time. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread with {@link Thread#sleep}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
