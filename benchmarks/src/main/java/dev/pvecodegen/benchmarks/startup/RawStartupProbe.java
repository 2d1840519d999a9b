package dev.pvecodegen.benchmarks.startup;

import dev.pvecodegen.benchmarks.support.RawClient;
import java.net.URI;

/** The baseline: a fresh JVM's first request with {@code java.net.http} and Jackson {@code readTree}. */
public final class RawStartupProbe {
    private RawStartupProbe() {}

    public static void main(String[] args) {
        int port = ProbeReport.port(args);
        try (RawClient client = new RawClient(URI.create("http://127.0.0.1:" + port))) {
            ProbeReport.print(client.get("/version").get("version").asText(), args);
        }
    }
}
