package dev.pvecodegen.runtime.drift;

import dev.pvecodegen.runtime.codec.PropertyStrings;
import dev.pvecodegen.runtime.support.PropertyStringValue;
import java.util.ArrayList;
import java.util.List;

/** A property-string value class as generated: {@code [current=]<integer>}, other keys kept as extras. */
public final class Memory extends PropertyStringValue {
    private final long current;

    private Memory(long current, List<PropertyStrings.Entry> extras) {
        super(extras);
        this.current = current;
    }

    public static Memory parse(String text) {
        long current = 0;
        List<PropertyStrings.Entry> extras = new ArrayList<>();
        for (PropertyStrings.Entry entry : PropertyStrings.split(text)) {
            if (entry.key() == null || entry.key().equals("current")) {
                current = PropertyStrings.parseLong("current", entry.value());
            } else {
                extras.add(entry);
            }
        }
        return new Memory(current, extras);
    }

    public long current() {
        return current;
    }

    @Override
    public String wireValue() {
        List<PropertyStrings.Entry> entries = new ArrayList<>();
        entries.add(PropertyStrings.Entry.of("current", Long.toString(current)));
        entries.addAll(extraEntries());
        return PropertyStrings.join(entries);
    }
}
