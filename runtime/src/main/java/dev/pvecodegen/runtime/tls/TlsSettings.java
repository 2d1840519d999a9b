package dev.pvecodegen.runtime.tls;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How server certificates are checked.
 * <ul>
 *   <li>by default the JVM trust store, with host name verification;</li>
 *   <li>with {@code caCertificates}: those CAs instead (e.g. the cluster's {@code pve-root-ca.pem}), still with
 *       host name verification;</li>
 *   <li>with pinned fingerprints: a host whose certificate's SHA-256 matches a pin is trusted without further
 *       checks (chain and name); pins are per host ({@code pinsByHost}) or for every host ({@code pinsForAll});
 *       hosts without pins fall back to the CA check;</li>
 *   <li>{@code insecure}: everything is trusted. Only for throw-away labs.</li>
 * </ul>
 */
public record TlsSettings(
        List<X509Certificate> caCertificates,
        Map<String, Set<String>> pinsByHost,
        Set<String> pinsForAll,
        boolean insecure) {

    public TlsSettings {
        caCertificates = List.copyOf(caCertificates);
        pinsByHost = Map.copyOf(pinsByHost);
        pinsForAll = Set.copyOf(pinsForAll);
    }

    public static TlsSettings systemDefault() {
        return new TlsSettings(List.of(), Map.of(), Set.of(), false);
    }

    /** For toString of the client configuration. */
    public String describe() {
        if (insecure) {
            return "INSECURE (no certificate verification)";
        }
        StringBuilder text = new StringBuilder(
                caCertificates.isEmpty() ? "JVM trust store" : caCertificates.size() + " configured CA certificate(s)");
        if (!pinsForAll.isEmpty() || !pinsByHost.isEmpty()) {
            text.append(", pinned fingerprints for ")
                    .append(pinsForAll.isEmpty() ? "" : "all hosts ")
                    .append(pinsByHost.keySet());
        }
        return text.toString();
    }
}
