package dev.pvecodegen.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One API call as the server sees it after {@code extract_params}: verb, format, decoded path segments and the
 * merged parameters (query over body). Form values stay text; JSON bodies keep their JSON types.
 *
 * @param method the HTTP verb in upper case
 * @param format json or extjs
 * @param path the API path after {@code /api2/<format>}, e.g. {@code /nodes/pve/qemu}
 * @param segments the path segments, percent-decoded
 * @param params the merged parameters in arrival order; repeated form keys become arrays
 * @param headers request headers (names lower case, first value)
 * @param cookies request cookies, still percent-encoded: only the one the server reads is decoded, by the reader
 */
public record IncomingRequest(
        String method,
        WireFormat format,
        String path,
        List<String> segments,
        Map<String, JsonNode> params,
        Map<String, String> headers,
        Map<String, String> cookies) {

    /** The real server's limit for request bodies (larger bodies are answered with 501). */
    public static final int MAX_BODY = 512 * 1024;

    public IncomingRequest {
        segments = List.copyOf(segments);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        headers = Map.copyOf(headers);
        cookies = Map.copyOf(cookies);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Parses the exchange; the caller has already split off {@code /api2/<format>}. */
    public static IncomingRequest parse(HttpExchange exchange, WireFormat format, String apiPath) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        byte[] body = readBody(exchange.getRequestBody());
        boolean bodyless = method.equals("GET") || method.equals("DELETE") || method.equals("HEAD");
        if (body.length > 0 && bodyless) {
            throw new ApiError(501, "Unexpected content for method '" + method + "'");
        }
        Map<String, JsonNode> params = new LinkedHashMap<>();
        if (body.length > 0) {
            String contentType = headers.getOrDefault("content-type", "application/x-www-form-urlencoded");
            if (contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                parseJsonBody(body, params);
            } else if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                throw new ApiError(501, "multipart uploads are not simulated");
            } else {
                parseForm(new String(body, StandardCharsets.UTF_8), params, "form body");
            }
        }
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            Map<String, JsonNode> query = new LinkedHashMap<>();
            parseForm(rawQuery, query, "query string");
            params.putAll(query);
        }
        return new IncomingRequest(
                method, format, apiPath, splitPath(apiPath), params, headers, parseCookies(headers.get("cookie")));
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new ApiError(501, "for data too large");
        }
        return bytes;
    }

    private static void parseJsonBody(byte[] body, Map<String, JsonNode> params) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ApiError(400, "failed to parse JSON body: " + e.getMessage());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new ApiError(400, "JSON body must be an object");
        }
        object.properties().forEach(field -> params.put(field.getKey(), field.getValue()));
    }

    static void parseForm(String text, Map<String, JsonNode> into, String part) {
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), part);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), part);
            JsonNode previous = into.get(key);
            if (previous == null) {
                into.put(key, TextNode.valueOf(value));
            } else if (previous instanceof ArrayNode array) {
                array.add(value);
            } else {
                ArrayNode array = Json.array();
                array.add(previous);
                array.add(value);
                into.put(key, array);
            }
        }
    }

    /**
     * Form decoding; a malformed escape ({@code %zz}, a lone {@code %}) is the client's error, answered 400 naming
     * the part of the request, never a 500 with a Java exception.
     */
    private static String decode(String text, String part) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw malformed(part);
        }
    }

    /**
     * Perl's {@code uri_unescape}: {@code %XX} only, a plus stays a plus (tickets are base64).
     *
     * @param part where the text comes from, for the 400 a malformed escape gets ({@code "cookie PVEAuthCookie"})
     */
    public static String percentDecode(String text, String part) {
        return decode(text.replace("+", "%2B"), part);
    }

    private static ApiError malformed(String part) {
        return new ApiError(400, "malformed percent-encoding in the " + part);
    }

    /** Splits and percent-decodes segments; {@code +} stays a plus in paths. */
    static List<String> splitPath(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            if (!segment.isEmpty()) {
                segments.add(percentDecode(segment, "path"));
            }
        }
        return segments;
    }

    private static Map<String, String> parseCookies(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (header == null) {
            return cookies;
        }
        for (String part : header.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                cookies.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return cookies;
    }
}
