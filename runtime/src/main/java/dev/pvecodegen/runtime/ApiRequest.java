package dev.pvecodegen.runtime;

import dev.pvecodegen.runtime.codec.WireFormat;
import dev.pvecodegen.runtime.http.PercentEncoding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call of the API, independent of any host: verb, path template with its variables, parameters. Immutable;
 * built with {@link #builder(HttpVerb, String)}. Parameter values are turned into wire text when added, so a request
 * never holds caller objects.
 */
public final class ApiRequest {
    private final HttpVerb verb;
    private final String pathTemplate;
    private final String path;
    private final List<Map.Entry<String, String>> params;
    private final boolean allowToken;
    private final Duration timeout;

    private ApiRequest(Builder builder) {
        this.verb = builder.verb;
        this.pathTemplate = builder.pathTemplate;
        this.path = expand(builder.pathTemplate, builder.pathParams);
        this.params = List.copyOf(builder.params);
        this.allowToken = builder.allowToken;
        this.timeout = builder.timeout;
    }

    /** Starts a request; {@code pathTemplate} is relative to {@code /api2/json}, e.g. {@code /nodes/{node}/qemu}. */
    public static Builder builder(HttpVerb verb, String pathTemplate) {
        return new Builder(verb, pathTemplate);
    }

    public HttpVerb verb() {
        return verb;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** The path with every variable substituted and percent-encoded, e.g. {@code /nodes/pve1/storage/local%3Aiso}. */
    public String path() {
        return path;
    }

    /** Parameters in the order they were added, as wire text; a key repeats for each element of a collection. */
    public List<Map.Entry<String, String>> params() {
        return params;
    }

    /** False for operations the schema marks {@code allowtoken: 0}: the client refuses to send them with a token. */
    public boolean allowToken() {
        return allowToken;
    }

    /** A timeout for this call that overrides the client's request timeout. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** {@code "GET /nodes/{node}/qemu"}: for messages; holds no parameter values. */
    public String describe() {
        return verb + " " + path;
    }

    @Override
    public String toString() {
        // Parameter values are left out on purpose: they may be passwords.
        return "ApiRequest[" + verb + " " + path + ", params="
                + params.stream().map(Map.Entry::getKey).toList() + "]";
    }

    private static String expand(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        List<String> used = new ArrayList<>();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unbalanced '{' in path template " + template);
            }
            out.append(template, at, open);
            String name = template.substring(open + 1, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("missing path parameter '" + name + "' for " + template);
            }
            out.append(PercentEncoding.pathSegment(value));
            used.add(name);
            at = close + 1;
        }
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new IllegalArgumentException("path parameter '" + name + "' does not occur in " + template);
            }
        }
        return out.toString();
    }

    /** Collects the parts of a request. Not thread-safe; {@link #build()} validates and freezes. */
    public static final class Builder {
        private final HttpVerb verb;
        private final String pathTemplate;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> params = new ArrayList<>();
        private boolean allowToken = true;
        private Duration timeout;

        private Builder(HttpVerb verb, String pathTemplate) {
            this.verb = Objects.requireNonNull(verb, "verb");
            Objects.requireNonNull(pathTemplate, "pathTemplate");
            if (!pathTemplate.startsWith("/")) {
                throw new IllegalArgumentException("path template must start with '/': " + pathTemplate);
            }
            this.pathTemplate = pathTemplate;
        }

        /** Sets the variable {@code {name}} of the path; the value is percent-encoded when the path is built. */
        public Builder pathParam(String name, Object value) {
            Objects.requireNonNull(name, "name");
            String text = WireFormat.scalar(value);
            if (text == null) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be null");
            }
            if (text.isEmpty()) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be empty");
            }
            pathParams.put(name, text);
            return this;
        }

        /**
         * Adds a parameter. {@code null} (or an empty Optional) is omitted; Boolean becomes {@code 1}/{@code 0};
         * {@link WireValue} its wire value; a Collection repeats the key per element; anything else
         * {@code toString()}.
         */
        public Builder param(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value instanceof Collection<?> items) {
                for (Object item : items) {
                    addScalar(name, item);
                }
            } else {
                addScalar(name, value);
            }
            return this;
        }

        private void addScalar(String name, Object value) {
            String text;
            try {
                text = WireFormat.scalar(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + name + "': " + e.getMessage(), e);
            }
            if (text != null) {
                params.add(Map.entry(name, text));
            }
        }

        /** {@code false} for operations the server refuses to run with an API token ({@code allowtoken: 0}). */
        public Builder allowToken(boolean allowToken) {
            this.allowToken = allowToken;
            return this;
        }

        /** Overrides the client's per-request timeout for this call (e.g. a slow storage scan). */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws IllegalArgumentException if a path variable is missing or unknown
         */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
