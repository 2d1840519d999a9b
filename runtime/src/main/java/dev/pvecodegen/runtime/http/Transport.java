package dev.pvecodegen.runtime.http;

import dev.pvecodegen.runtime.ApiRequest;
import dev.pvecodegen.runtime.HttpVerb;
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

    /**
     * java.net.http sends a GET a second time by itself when the connection closes before any byte of the answer
     * (a failure that ends up in {@link #afterSending}), and no client setting turns that off; only the JVM-wide
     * {@code jdk.httpclient.redirects.retrylimit=1} does, which also limits redirects (this client follows none).
     * The retry policy counts that silent send as an attempt of its own.
     */
    private static final int SENDS_OF_A_DROPPED_GET =
            Integer.getInteger("jdk.httpclient.redirects.retrylimit", 5) > 1 ? 2 : 1;

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
                RawResponse response = exchange(http, encoder.timeout(request), endpoint);
                endpoints.markGood(endpoint);
                LOG.log(
                        Level.DEBUG,
                        () -> request.describe() + " on " + endpoint + ": HTTP " + response.status() + " after "
                                + (System.nanoTime() - started) / 1_000_000 + " ms");
                return response;
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
     * Sends and waits for the answer's headers; the deadline then goes on bounding the body, until the returned
     * body stream is closed. Only connection-phase failures reported by the HTTP client itself (its connect
     * timeout, refused, DNS, TLS) count as "not sent"; our own timeout is reported as {@link HttpTimeoutException},
     * which always counts as "may have been processed".
     */
    private RawResponse exchange(HttpRequest request, Duration timeout, Endpoint endpoint)
            throws IOException, InterruptedException {
        ResponseTimer.Deadline deadline = timer.start(timeout);
        boolean handedOver = false;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            RawResponse raw = new RawResponse(endpoint, response.statusCode(), deadline.bound(response.body()));
            handedOver = true;
            return raw;
        } catch (InterruptedException e) {
            throw deadline.timedOut(e);
        } finally {
            if (!handedOver) {
                deadline.close();
            }
        }
    }

    private static TransportException afterSending(ApiRequest request, Endpoint endpoint, IOException e) {
        if (ConnectionFailures.isResponseTimeout(e)) {
            return timedOut(request.describe() + " on " + endpoint, endpoint, e);
        }
        boolean reset = ConnectionFailures.isConnectionReset(e);
        int sends = request.verb() == HttpVerb.GET ? SENDS_OF_A_DROPPED_GET : 1;
        return new TransportException(
                request.describe() + " on " + endpoint + ": connection failed after the" + " request was sent ("
                        + ConnectionFailures.describe(e) + ")",
                endpoint.authority(),
                true,
                reset,
                e,
                sends);
    }

    /** The request may have been carried out but its answer did not arrive in full within the deadline. */
    static TransportException timedOut(String operation, Endpoint endpoint, IOException timeout) {
        return new TransportException(
                operation + ": " + timeout.getMessage() + "; the server may still carry it out, so it was not resent"
                        + " (raise the limit with requestTimeout(...) or ApiRequest.Builder.timeout(...))",
                endpoint.authority(),
                true,
                timeout);
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
