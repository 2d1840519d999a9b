package dev.pvecodegen.runtime.support;

import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.codec.ListStrings;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Base of generated request objects: the validated parameters by wire name, in schema order, ready to be put on
 * an {@link ApiRequest}. Values are kept typed; the runtime encodes them (booleans as 1/0, enums and property
 * strings by their wire value, collections by repeating the key).
 *
 * <p>A generated request holds no fields of its own: its builder (a {@link Draft}) collects the typed values by
 * wire name, and its getters read them back from here. One map per request instead of a field, a builder field,
 * a copy and a getter body per parameter is what keeps the generated client cheap to compile.
 *
 * <p>Requests are values: equal when of the same class with the same parameters; {@link #toString()} lists them
 * with the values of credential parameters ({@link #secretParameters()}) redacted.
 */
public abstract class RequestParameters {
    private final Map<String, Object> parameters;
    private final Map<String, Object> values;
    private final Map<String, String> separators;
    private final Map<String, Object> additional;

    /** A request of ready parameters (wire name to value, in order); its getters see the same map. */
    protected RequestParameters(Map<String, Object> parameters) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.values = this.parameters;
        this.separators = Map.of();
        this.additional = Map.of();
    }

    /** The request a generated builder describes. */
    protected RequestParameters(Draft draft) {
        this.values = draft.snapshot();
        this.separators = Map.copyOf(draft.separators);
        this.additional = Collections.unmodifiableMap(new LinkedHashMap<>(draft.additional));
        this.parameters = Collections.unmodifiableMap(draft.encode());
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

    /**
     * The value set for {@code wireName}, as its builder setter took it; null when not set. Generated getters cast
     * it to their type: a cast is cheaper for javac than inferring the type argument of a generic method.
     */
    protected final Object value(String wireName) {
        return values.get(wireName);
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // T is the getter's declared type, as set
    private <T> T typed(String wireName) {
        return (T) values.get(wireName);
    }

    /** The value set for {@code wireName}, empty when not set. */
    protected final <T> Optional<T> optional(String wireName) {
        return Optional.ofNullable(typed(wireName));
    }

    /** The list set for {@code wireName}, empty when not set. */
    protected final <T> List<T> list(String wireName) {
        List<T> list = typed(wireName);
        return list == null ? List.of() : list;
    }

    /** The map set for {@code wireName}, empty when not set. */
    protected final <K, V> Map<K, V> map(String wireName) {
        Map<K, V> map = typed(wireName);
        return map == null ? Map.of() : map;
    }

    /** The members of the indexed family {@code wireName} that were set, by index. */
    protected final <T> SortedMap<Integer, T> family(String wireName) {
        SortedMap<Integer, T> members = typed(wireName);
        return members == null ? Collections.emptySortedMap() : members;
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

    /**
     * Base of generated builders: the values set so far by wire name, typed as the setters took them (already
     * checked for null and index range). The wire names of the operation's parameters, given once in schema order,
     * fix the order in which they are sent, whatever the order of the setter calls.
     */
    protected abstract static class Draft {
        private final List<String> order;
        private final Map<String, Object> values = new HashMap<>();
        private final Map<String, String> separators = new HashMap<>();
        private final Map<String, Object> additional = new LinkedHashMap<>();

        /** {@code wireNames}: every parameter of the operation, in schema order. */
        protected Draft(String... wireNames) {
            this.order = List.of(wireNames);
        }

        /**
         * Sets a parameter (a scalar, an enum, a property string); null is refused naming the parameter. The checks
         * happen here rather than in the generated setters: one non-generic call per setter is much cheaper to
         * compile than a generic check nested in it.
         */
        protected final void assign(String wireName, Object value) {
            values.put(wireName, Checks.notNull(wireName, value));
        }

        /** Sets a list parameter, sent by repeating the key; the list is copied. */
        protected final void assignList(String wireName, List<?> items) {
            values.put(wireName, List.copyOf(Checks.notNull(wireName, items)));
        }

        /** Sets a {@code -list} string parameter: sent as one value, its items joined with {@code separator}. */
        protected final void assignList(String wireName, List<?> items, String separator) {
            assignList(wireName, items);
            separators.put(wireName, separator);
        }

        /**
         * Sets member {@code index} of the indexed family {@code wireName} ({@code net3} for net, 3), refusing an
         * index outside {@code min..max} and a null value.
         */
        protected final void assignMember(String wireName, int index, int min, int max, Object value) {
            Checks.index(wireName, index, min, max);
            Checks.notNull(wireName, value);
            @SuppressWarnings("unchecked") // families are only ever set here
            SortedMap<Integer, Object> members =
                    (SortedMap<Integer, Object>) values.computeIfAbsent(wireName, k -> new TreeMap<>());
            members.put(index, value);
        }

        /** A parameter the schema does not list, for operations whose server accepts any; null is refused. */
        protected final void assignAdditional(String name, Object value) {
            additional.put(Checks.notNull("name", name), Checks.notNull(name, value));
        }

        /** The value set for {@code wireName} (null when not set), for the checks of {@code build()}. */
        protected final Object assigned(String wireName) {
            return values.get(wireName);
        }

        /** The list set for {@code wireName} (null when not set), for the checks of {@code build()}. */
        @SuppressWarnings("unchecked") // as the typed setter took it
        protected final <T> List<T> assignedList(String wireName) {
            return (List<T>) values.get(wireName);
        }

        /** The map set for {@code wireName} (null when not set), for the checks of {@code build()}. */
        @SuppressWarnings("unchecked") // as the typed setter took it
        protected final <K, V> Map<K, V> assignedMap(String wireName) {
            return (Map<K, V>) values.get(wireName);
        }

        /** The members of the indexed family {@code wireName} assigned so far (empty when none), for the checks. */
        protected final <T> SortedMap<Integer, T> assignedMembers(String wireName) {
            @SuppressWarnings("unchecked") // as assignMember put them
            SortedMap<Integer, T> members = (SortedMap<Integer, T>) values.get(wireName);
            return members == null ? Collections.emptySortedMap() : members;
        }

        /** Takes over everything {@code request} holds, for its {@code toBuilder()}. */
        protected final void copyFrom(RequestParameters request) {
            request.values.forEach((name, value) ->
                    values.put(name, value instanceof SortedMap<?, ?> members ? new TreeMap<>(members) : value));
            separators.putAll(request.separators);
            additional.putAll(request.additional);
        }

        /** The typed values, in schema order, immutable: what the getters of the built request read. */
        private Map<String, Object> snapshot() {
            Map<String, Object> snapshot = new LinkedHashMap<>();
            for (String name : order) {
                Object value = values.get(name);
                if (value instanceof SortedMap<?, ?> members) {
                    snapshot.put(name, Collections.unmodifiableSortedMap(new TreeMap<>(members)));
                } else if (value != null) {
                    snapshot.put(name, value);
                }
            }
            return Collections.unmodifiableMap(snapshot);
        }

        /** The parameters as sent: schema order, families spelled out, lists joined, additional ones last. */
        private Map<String, Object> encode() {
            Map<String, Object> encoded = new LinkedHashMap<>();
            for (String name : order) {
                Object value = values.get(name);
                String separator = separators.get(name);
                if (value instanceof SortedMap<?, ?> members) {
                    members.forEach((index, member) -> encoded.put(name + index, member));
                } else if (separator != null && value instanceof Collection<?> items) {
                    encoded.put(name, ListStrings.join(items, separator));
                } else if (value != null) {
                    encoded.put(name, value);
                }
            }
            additional.forEach(encoded::put);
            return encoded;
        }
    }
}
