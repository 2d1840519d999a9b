package dev.pvecodegen.runtime.http;

import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.ApiRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Turns an {@link ApiRequest} into an HTTP request for one host: GET/DELETE parameters in the query string (the
 * server answers a body on them with 501), POST/PUT parameters as a form body, refused above the server's 512 KiB
 * body limit before anything is sent.
 */
public final class RequestEncoder {
    /** The server's limit for request bodies; larger ones are answered with 501. */
    public static final int MAX_BODY_BYTES = 512 * 1024;

    private static final String USER_AGENT = "pvecodegen-runtime";

    private final ApiFormat format;
    private final Duration defaultTimeout;

    public RequestEncoder(ApiFormat format, Duration defaultTimeout) {
        this.format = format;
        this.defaultTimeout = defaultTimeout;
    }

    /** How long to wait for the answer's headers: the request's own timeout or the client's. */
    public Duration timeout(ApiRequest request) {
        return request.timeout().orElse(defaultTimeout);
    }

    /** The encoded parameters of a request, computed once and reused for every host tried. */
    public Encoded encode(ApiRequest request) {
        String form = formEncode(request);
        if (request.verb().sendsParametersInQuery()) {
            return new Encoded(request, form.isEmpty() ? "" : "?" + form, null);
        }
        byte[] body = form.getBytes(StandardCharsets.US_ASCII);
        if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException(request.describe() + ": request body is " + (body.length / 1024)
                    + " KiB, over the server's limit of 512 KiB; upload files through the storage upload"
                    + " endpoint instead of passing them as parameters");
        }
        return new Encoded(request, "", body);
    }

    /** The HTTP request for {@code endpoint}. */
    public HttpRequest toHttp(Encoded encoded, Endpoint endpoint, RequestAuth auth) {
        ApiRequest request = encoded.request();
        URI uri = URI.create(endpoint.apiBase(format.segment()) + request.path() + encoded.query());
        // No HttpRequest.timeout(): java.net.http reports it as a *connect* timeout when it fires early in an
        // exchange, even after the request went out, which would make failover resend it. Transport times out itself.
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).header("Accept", "application/json").header("User-Agent", USER_AGENT);
        if (encoded.body() == null) {
            builder.method(request.verb().name(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(request.verb().name(), HttpRequest.BodyPublishers.ofByteArray(encoded.body()));
        }
        auth.apply(builder, request.verb());
        return builder.build();
    }

    private static String formEncode(ApiRequest request) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> param : request.params()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(PercentEncoding.formComponent(param.getKey()))
                    .append('=')
                    .append(PercentEncoding.formComponent(param.getValue()));
        }
        return out.toString();
    }

    /**
     * A request with its parameters encoded: a query string ({@code ""} or {@code ?a=1}) or a body. A class, not a
     * record: a record's equality would compare the body array by identity while promising value semantics.
     */
    public static final class Encoded {
        private final ApiRequest request;
        private final String query;
        private final byte[] body;

        public Encoded(ApiRequest request, String query, byte[] body) {
            this.request = request;
            this.query = query;
            this.body = body;
        }

        public ApiRequest request() {
            return request;
        }

        public String query() {
            return query;
        }

        /** The form-encoded body, or null when the parameters travel in the query. */
        public byte[] body() {
            return body;
        }
    }
}
