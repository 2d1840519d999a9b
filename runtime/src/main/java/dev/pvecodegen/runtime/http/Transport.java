package dev.pvecodegen.runtime.http;

import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.PveException;
import dev.pvecodegen.runtime.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends requests over one shared {@link HttpClient}, failing over across the cluster's hosts. It moves on to the
 * next host only when the connection could not be set up (refused, DNS, connect timeout, TLS handshake); once a
 * request may have reached a server it is not sent anywhere else.
 */
public final class Transport {
    private static final System.Logger LOG = System.getLogger("dev.pvecodegen.runtime");

    private final HttpClient http;
    private final EndpointList endpoints;
    private final RequestEncoder encoder;
    private final ResponseTimer timer;

    public Transport(HttpClient http, EndpointList endpoints, RequestEncoder encoder, ResponseTimer timer) {
        this.http = http;
        this.endpoints = endpoints;
        this.encoder = encoder;
        this.timer = timer;
    }

    public EndpointList endpoints() {
        return endpoints;
    }

    /**
     * Sends the request to the first host that accepts a connection.
     *
     * @throws TransportException when no host could be reached, or the chosen host failed after sending
     */
    public RawResponse send(ApiRequest request, RequestAuth auth) {
        RequestEncoder.Encoded encoded = encoder.encode(request);
        List<String> failures = new ArrayList<>();
        IOException last = null;
        Endpoint lastEndpoint = null;
        for (Endpoint endpoint : endpoints.inFailoverOrder()) {
            HttpRequest http = encoder.toHttp(encoded, endpoint, auth);
            try {
                long started = System.nanoTime();
                HttpResponse<InputStream> response = exchange(http, encoder.timeout(request));
                endpoints.markGood(endpoint);
                LOG.log(
                        Level.DEBUG,
                        () -> request.describe() + " on " + endpoint + ": HTTP " + response.statusCode() + " after "
                                + (System.nanoTime() - started) / 1_000_000 + " ms");
                return new RawResponse(endpoint, response.statusCode(), response.body());
            } catch (IOException e) {
                if (!ConnectionFailures.isConnectionPhase(e)) {
                    throw afterSending(request, endpoint, e);
                }
                String why = ConnectionFailures.describe(e);
                failures.add(endpoint + " (" + why + ")");
                LOG.log(
                        Level.WARNING,
                        "cannot connect to " + endpoint + " (" + why + ")"
                                + (failures.size() < endpoints.all().size() ? "; trying the next host" : ""));
                last = e;
                lastEndpoint = endpoint;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PveException("interrupted during " + request.describe(), e);
            }
        }
        throw new TransportException(
                request.describe() + ": cannot connect to "
                        + (failures.size() == 1 ? "" : "any of the hosts ") + String.join(", ", failures)
                        + hint(last),
                lastEndpoint.authority(),
                false,
                last);
    }

    /**
     * Sends and waits for the answer's headers at most {@code timeout}. Only connection-phase failures reported by
     * the HTTP client itself (its connect timeout, refused, DNS, TLS) count as "not sent"; our own timeout is
     * reported as {@link HttpTimeoutException}, which always counts as "may have been processed".
     */
    private HttpResponse<InputStream> exchange(HttpRequest request, Duration timeout)
            throws IOException, InterruptedException {
        try (ResponseTimer.Deadline deadline = timer.start(timeout)) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                throw deadline.timedOut(e);
            }
        }
    }

    private static TransportException afterSending(ApiRequest request, Endpoint endpoint, IOException e) {
        if (ConnectionFailures.isResponseTimeout(e)) {
            return new TransportException(
                    request.describe() + " on " + endpoint + ": no answer within the request"
                            + " timeout; the server may still carry it out, so it was not resent (raise the timeout with"
                            + " requestTimeout(...) or ApiRequest.Builder.timeout(...))",
                    endpoint.authority(),
                    true,
                    e);
        }
        boolean reset = ConnectionFailures.isConnectionReset(e);
        return new TransportException(
                request.describe() + " on " + endpoint + ": connection failed after the" + " request was sent ("
                        + ConnectionFailures.describe(e) + ")",
                endpoint.authority(),
                true,
                reset,
                e);
    }

    private static String hint(IOException last) {
        String why = last == null ? "" : ConnectionFailures.describe(last);
        if (why.startsWith("TLS")) {
            return ". If the cluster uses its own CA, pass it with caCertificate(pve-root-ca.pem) or pin the"
                    + " certificate with fingerprint(\"AB:CD:…\") (shown under Node > System > Certificates)";
        }
        return "";
    }
}
