package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.codec.ListStrings;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Base of generated request objects: the validated parameters by wire name, in schema order, ready to be put on
 * an {@link ApiRequest}. Values are kept typed; the runtime encodes them (booleans as 1/0, enums and property
 * strings by their wire value, collections by repeating the key).
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
