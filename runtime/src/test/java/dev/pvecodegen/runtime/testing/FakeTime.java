package dev.pvecodegen.runtime.testing;

import dev.pvecodegen.runtime.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when told to, and a sleeper that moves it instead of sleeping. */
public final class FakeTime extends Clock implements Sleeper {
    private volatile Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public FakeTime(Instant start) {
        this.now = start;
    }

    public FakeTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
