package dev.pvecodegen.benchmarks.startup;

import dev.pvecodegen.benchmarks.support.LoopbackServer;
import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.Version;
import dev.pvecodegen.runtime.ApiFormat;
import dev.pvecodegen.runtime.PveClient;

/** A fresh JVM's first request through the generated client: {@code GET /version}, typed. */
public final class TypedStartupProbe {
    private TypedStartupProbe() {}

    public static void main(String[] args) {
        int port = ProbeReport.port(args);
        try (PveClient client = PveClient.builder()
                .host("http://127.0.0.1:" + port)
                .apiToken(LoopbackServer.TOKEN_ID, LoopbackServer.TOKEN_SECRET)
                .format(ApiFormat.JSON)
                .build()) {
            Version version = new Pve(client).version().get();
            ProbeReport.print(version.version(), args);
        }
    }
}
