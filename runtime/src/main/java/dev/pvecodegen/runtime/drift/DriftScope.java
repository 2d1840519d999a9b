package dev.pvecodegen.runtime.drift;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.ApiRequest;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The answer being decoded on this thread, so that the lenient readers deep inside Jackson can say which operation
 * and which field a surprise belongs to. The client opens a scope per call ({@link #open}) and the decoders say
 * which parser reads {@code data} ({@link #reading}); the readers report through the static methods, which do
 * nothing outside a scope. Called by the runtime and by the base classes of generated code, not by applications.
 *
 * <p>Cost: a matching answer pays the scope itself (a thread-local set and reset per call and per decoded
 * {@code data}); field paths are worked out only when something is reported.
 */
public final class DriftScope implements AutoCloseable {
    private static final ThreadLocal<DriftScope> CURRENT = new ThreadLocal<>();

    private final DriftMonitor monitor;
    private final ApiRequest request;
    private final DriftScope outer;
    private Reading reading;

    private DriftScope(DriftMonitor monitor, ApiRequest request, DriftScope outer) {
        this.monitor = monitor;
        this.request = request;
        this.outer = outer;
    }

    /** Attributes what is decoded on this thread until {@link #close()} to {@code request}'s operation. */
    public static DriftScope open(DriftMonitor monitor, ApiRequest request) {
        DriftScope scope = new DriftScope(monitor, request, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    @Override
    public void close() {
        CURRENT.set(outer);
    }

    /**
     * Declares that {@code parser} now reads the answer; {@code envelopeDepth} is 1 when {@code data} sits in the
     * envelope ({@code {"data": …}}), 0 when the parser reads {@code data} itself.
     */
    public static Reading reading(JsonParser parser, int envelopeDepth) {
        DriftScope scope = CURRENT.get();
        return scope == null ? Reading.NONE : scope.push(parser, envelopeDepth, false);
    }

    /** Declares that {@code parser} reads a value converted from a tree at the field the current reading is at. */
    public static Reading nested(JsonParser parser) {
        DriftScope scope = CURRENT.get();
        return scope == null ? Reading.NONE : scope.push(parser, 0, true);
    }

    /** True inside a scope: reporting would count something. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /** A field the type does not declare; {@code value} is the raw value Jackson read (only its type is kept). */
    public static void undeclaredField(String name, Object value) {
        report(name, DriftKind.UNDECLARED_FIELD, jsonType(value), null);
    }

    /** A declared field whose value did not fit its type and was kept raw. */
    public static void unexpectedType(String name, Object value) {
        report(name, DriftKind.UNEXPECTED_TYPE, jsonType(value), null);
    }

    /** Keys of a property string ({@code name}) that its value class does not describe. */
    public static void undeclaredEntries(String name, Collection<String> keys) {
        DriftScope scope = CURRENT.get();
        if (scope != null) {
            String at = scope.fieldPath(name);
            for (String key : keys) {
                scope.monitor.record(scope.operation(), at + "#" + key, DriftKind.UNDECLARED_FIELD, null, null);
            }
        }
    }

    /** An enum value the schema does not list, met at the position the current reading is at. */
    public static void unknownEnumValue(String value) {
        report(null, DriftKind.UNKNOWN_ENUM_VALUE, "string", value);
    }

    /** What an operation generated as {@code void} answered, at its first token; {@code null} is no drift. */
    public static void dataOnVoid(JsonToken first) {
        DriftScope scope = CURRENT.get();
        if (scope != null && first != JsonToken.VALUE_NULL) {
            String type = switch (first) {
                case START_OBJECT -> "object";
                case START_ARRAY -> "array";
                case VALUE_STRING -> "string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
                case VALUE_TRUE, VALUE_FALSE -> "boolean";
                default -> "null";
            };
            scope.monitor.record(scope.operation(), "", DriftKind.DATA_ON_VOID, type, null);
        }
    }

    /** The JSON type name of a value as Jackson reads it untyped, or of a tree node. */
    public static String jsonType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof JsonNode node) {
            return switch (node.getNodeType()) {
                case STRING, BINARY -> "string";
                case NUMBER -> "number";
                case BOOLEAN -> "boolean";
                case ARRAY -> "array";
                case OBJECT, POJO -> "object";
                case NULL, MISSING -> "null";
            };
        }
        if (value instanceof CharSequence) {
            return "string";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List || value.getClass().isArray()) {
            return "array";
        }
        return "object";
    }

    private static void report(String name, DriftKind kind, String jsonType, String value) {
        DriftScope scope = CURRENT.get();
        if (scope != null) {
            scope.monitor.record(scope.operation(), scope.fieldPath(name), kind, jsonType, value);
        }
    }

    private String operation() {
        return request.verb() + " " + request.pathTemplate();
    }

    private Reading push(JsonParser parser, int envelopeDepth, boolean nested) {
        reading = new Reading(this, parser, envelopeDepth, nested ? reading : null, reading);
        return reading;
    }

    /** The pointer of field {@code name} (or of the current position when null) in {@code data}. */
    private String fieldPath(String name) {
        String path = reading == null ? "" : reading.path();
        if (name == null) {
            return path;
        }
        String segment = "/" + escape(name);
        // Jackson may have buffered the value and moved on; then the position is the object, not the field.
        return path.endsWith(segment) ? path : path + segment;
    }

    private static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0
                ? name
                : name.replace("~", "~0").replace("/", "~1");
    }

    /** One parser reading (part of) the answer; closing it returns to the reading it interrupted. */
    public static final class Reading implements AutoCloseable {
        static final Reading NONE = new Reading(null, null, 0, null, null);

        private final DriftScope scope;
        private final JsonParser parser;
        private final int skip;
        private final Reading base;
        private final Reading previous;

        private Reading(DriftScope scope, JsonParser parser, int skip, Reading base, Reading previous) {
            this.scope = scope;
            this.parser = parser;
            this.skip = skip;
            this.base = base;
            this.previous = previous;
        }

        /**
         * Where the parser is, as a pointer into {@code data}. A nested reading starts at the field its base reading
         * is paused at (the base parser does not move while the nested value is converted).
         */
        String path() {
            Deque<String> segments = new ArrayDeque<>();
            for (JsonStreamContext context = parser.getParsingContext();
                    context != null && !context.inRoot();
                    context = context.getParent()) {
                if (context.inArray()) {
                    segments.addFirst("*");
                } else if (context.getCurrentName() != null) {
                    segments.addFirst(escape(context.getCurrentName()));
                }
            }
            for (int i = 0; i < skip && !segments.isEmpty(); i++) {
                segments.removeFirst();
            }
            StringBuilder path = new StringBuilder(base == null ? "" : base.path());
            segments.forEach(segment -> path.append('/').append(segment));
            return path.toString();
        }

        @Override
        public void close() {
            if (scope != null) {
                scope.reading = previous;
            }
        }
    }
}
