package dev.pvecodegen.runtime.task;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A task id ("UPID") as the server hands it out for asynchronous operations.
 *
 * <ul>
 *   <li>PVE: {@code UPID:<node>:<pid>:<pstart>:<starttime>:<type>:<id>:<user>:}</li>
 *   <li>PBS: {@code UPID:<node>:<pid>:<pstart>:<task_id>:<starttime>:<type>:<id>:<authid>:}</li>
 * </ul>
 * Numbers are hexadecimal on the wire; {@link #toString()} gives the wire form back.
 *
 * @param node the node that runs the task (its status must be polled there)
 * @param pid process id of the worker
 * @param pstart process start time in clock ticks since boot
 * @param taskCounter the PBS task counter; empty for PVE
 * @param startTime seconds since the epoch
 * @param type task type such as {@code qmstart}, {@code vzdump}
 * @param id the object the task works on (often a VMID), may be empty
 * @param user the user or token ({@code root@pam}, {@code svc@pve!ci}) that started it
 */
public record Upid(
        String node,
        long pid,
        long pstart,
        OptionalLong taskCounter,
        long startTime,
        String type,
        String id,
        String user) {

    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{1,16}");

    public Upid {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(taskCounter, "taskCounter");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        if (node.isEmpty() || node.indexOf(':') >= 0) {
            throw new IllegalArgumentException("UPID node must be a non-empty name without ':': " + node);
        }
    }

    /**
     * Reads the wire form of either product.
     *
     * @throws IllegalArgumentException when {@code text} is not a UPID
     */
    @JsonCreator
    public static Upid parse(String text) {
        if (text == null || !text.startsWith("UPID:") || !text.endsWith(":")) {
            throw invalid(text, "must start with 'UPID:' and end with ':'");
        }
        String[] f = text.substring(5, text.length() - 1).split(":", -1);
        // PBS has a task counter before the start time, which is always 8 hex digits there.
        boolean pbs = f.length >= 8 && isHex(f[3]) && f[4].length() == 8 && isHex(f[4]);
        int fixed = pbs ? 8 : 7;
        if (f.length < fixed) {
            throw invalid(text, "has " + f.length + " fields, expected " + fixed);
        }
        int typeAt = pbs ? 5 : 4;
        // The id may itself contain ':' (e.g. a volume); everything between type and user belongs to it.
        String id = String.join(":", Arrays.copyOfRange(f, typeAt + 1, f.length - 1));
        return new Upid(
                f[0],
                hex(text, f[1], "pid"),
                hex(text, f[2], "pstart"),
                pbs ? OptionalLong.of(hex(text, f[3], "task counter")) : OptionalLong.empty(),
                hex(text, f[typeAt - 1], "start time"),
                f[typeAt],
                id,
                f[f.length - 1]);
    }

    /** Whether this is the PBS form (with a task counter). */
    public boolean isBackupServer() {
        return taskCounter.isPresent();
    }

    /** When the task started. */
    public Instant startedAt() {
        return Instant.ofEpochSecond(startTime);
    }

    /** The wire form, e.g. {@code UPID:pve1:00001234:0012ABCD:65A1B2C3:qmstart:100:root@pam:}. */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("UPID:")
                .append(node)
                .append(':')
                .append(hex8(pid))
                .append(':')
                .append(hex8(pstart))
                .append(':');
        taskCounter.ifPresent(counter -> out.append(hex8(counter)).append(':'));
        return out.append(hex8(startTime))
                .append(':')
                .append(type)
                .append(':')
                .append(id)
                .append(':')
                .append(user)
                .append(':')
                .toString();
    }

    private static String hex8(long value) {
        return String.format(Locale.ROOT, "%08X", value);
    }

    private static boolean isHex(String field) {
        return HEX.matcher(field).matches();
    }

    private static long hex(String text, String field, String name) {
        if (!isHex(field)) {
            throw invalid(text, name + " '" + field + "' is not hexadecimal");
        }
        return Long.parseUnsignedLong(field, 16);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("not a task id (UPID): " + text + " (" + why + ")");
    }
}
