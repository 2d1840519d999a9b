package dev.pvecodegen.runtime.drift;

import dev.pvecodegen.runtime.support.PropertyStringFields;
import dev.pvecodegen.runtime.support.PropertyStringSpec;
import dev.pvecodegen.runtime.support.PropertyStringValue;

/**
 * A property-string value class as generated: {@code [current=]<integer>}, other keys kept as extras, read from the
 * text or from the JSON object some servers send instead.
 */
public final class Memory extends PropertyStringValue {
    private static final PropertyStringSpec SPEC = PropertyStringSpec.of("current", "current");

    private final Long current;

    private Memory(Builder builder) {
        super(builder);
        this.current = builder.current;
    }

    public static Memory fromJson(Object json) {
        PropertyStringFields fields = SPEC.read(json);
        Builder builder = new Builder();
        builder.current = fields.longValue("current");
        return new Memory(builder.fromRead(fields));
    }

    public Long current() {
        return current;
    }

    @Override
    public String wireValue() {
        return SPEC.writer().put("current", current).extras(extraEntries()).toString();
    }

    public static final class Builder extends PropertyStringValue.Builder<Builder> {
        private Long current;

        @Override
        protected Builder self() {
            return this;
        }
    }
}
