package dev.pvecodegen.simulator.state;

import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Every value the simulator invents (token secrets, MAC addresses, SMBIOS uuids, task pids) comes from here, so
 * one seed reproduces a run. Synchronized: handlers run on several threads, and the order of calls decides the
 * values, as it would on a real host.
 */
public final class SeededIds {
    private final SplittableRandom random;

    public SeededIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public synchronized UUID uuidValue() {
        return new UUID(
                (random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    public String uuid() {
        return uuidValue().toString();
    }

    /** A locally administered unicast MAC in Proxmox's {@code BC:24:11} prefix. */
    public synchronized String macAddress() {
        byte[] tail = new byte[3];
        for (int i = 0; i < tail.length; i++) {
            tail[i] = (byte) random.nextInt(256);
        }
        return "BC:24:11:" + HexFormat.ofDelimiter(":").withUpperCase().formatHex(tail);
    }

    public synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
