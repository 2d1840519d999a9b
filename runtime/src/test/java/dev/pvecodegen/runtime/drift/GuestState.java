package dev.pvecodegen.runtime.drift;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.pvecodegen.runtime.support.EnumValue;
import java.util.Map;

/** An open enum written the way the generator writes them. */
public final class GuestState extends EnumValue {
    public static final GuestState RUNNING = new GuestState("running", true);
    public static final GuestState STOPPED = new GuestState("stopped", true);

    private static final Map<String, GuestState> KNOWN = index(RUNNING, STOPPED);

    private GuestState(String value, boolean known) {
        super(value, known);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static GuestState of(String value) {
        GuestState constant = KNOWN.get(value);
        return constant != null ? constant : new GuestState(value, false);
    }
}
