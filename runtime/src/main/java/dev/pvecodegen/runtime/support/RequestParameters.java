package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.codec.ListStrings;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Base of generated request objects: the validated parameters by wire name, in schema order, ready to be put on
 * an {@link ApiRequest}. Values are kept typed; the runtime encodes them (booleans as 1/0, enums and property
 * strings by their wire value, collections by repeating the key).
 *
 * <p>Requests are values: equal when of the same class with the same parameters; {@link #toString()} lists them
 * with the values of credential parameters ({@link #secretParameters()}) redacted.
 */
public abstract class RequestParameters {
    private final Map<String, Object> parameters;

    protected RequestParameters(Map<String, Object> parameters) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The parameters by wire name ({@code net0}, not {@code net[0]}). */
    public final Map<String, Object> parameters() {
        return parameters;
    }

    /** Puts every parameter on {@code request}; returns it for chaining. */
    public final ApiRequest.Builder applyTo(ApiRequest.Builder request) {
        parameters.forEach(request::param);
        return request;
    }

    /** Wire names of the parameters whose values {@link #toString()} redacts; generated classes override it. */
    protected Set<String> secretParameters() {
        return Set.of();
    }

    @SuppressWarnings("EqualsGetClass") // generated requests are final; equal parameters of two operations differ
    @Override
    public final boolean equals(Object other) {
        return other != null
                && other.getClass() == getClass()
                && ((RequestParameters) other).parameters.equals(parameters);
    }

    @Override
    public final int hashCode() {
        return parameters.hashCode();
    }

    /** {@code CreateQemu{vmid=101, name=web, net0=virtio,bridge=vmbr0}}; credentials show as {@code ***}. */
    @Override
    public final String toString() {
        Set<String> secrets = secretParameters();
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
        String separator = "";
        for (Map.Entry<String, Object> entry : parameters.entrySet()) {
            text.append(separator).append(entry.getKey()).append('=');
            text.append(isSecret(entry.getKey(), secrets) ? "***" : String.valueOf(entry.getValue()));
            separator = ", ";
        }
        return text.append('}').toString();
    }

    /** A secret parameter, or a member ({@code foo3}) of a secret indexed family {@code foo}. */
    private static boolean isSecret(String name, Set<String> secrets) {
        if (secrets.contains(name)) {
            return true;
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        return digits < name.length() && secrets.contains(name.substring(0, digits));
    }

    /** Collects parameters in a generated {@code build()}. */
    protected static Collector collect() {
        return new Collector();
    }

    /** Collects parameter values, skipping absent ones. */
    protected static final class Collector {
        private final Map<String, Object> values = new LinkedHashMap<>();

        /** Only through {@link RequestParameters#collect()}. */
        private Collector() {}

        public Collector add(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        /** A {@code -list} string parameter: one value joined with {@code separator}. */
        public Collector list(String name, Collection<?> items, String separator) {
            if (items != null) {
                values.put(name, ListStrings.join(items, separator));
            }
            return this;
        }

        /** An indexed family: {@code net0}, {@code net3}, … */
        public Collector family(String name, SortedMap<Integer, ?> members) {
            members.forEach((index, value) -> add(name + index, value));
            return this;
        }

        /** Parameters the schema does not list, for operations whose server accepts any. */
        public Collector additional(Map<String, Object> extra) {
            extra.forEach(this::add);
            return this;
        }

        public Map<String, Object> values() {
            return values;
        }
    }
}
