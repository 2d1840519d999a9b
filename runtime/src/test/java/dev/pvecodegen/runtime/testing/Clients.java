package dev.pvecodegen.runtime.testing;

import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.tls.Fingerprint;

/** Client builders preconfigured for a {@link FakeProxmox}. */
public final class Clients {
    public static final String TOKEN_ID = "automation@pve!ci";
    public static final String TOKEN_SECRET = "3f0e5b8c-1d2a-4c7b-9e6f-0a1b2c3d4e5f";

    private Clients() {}

    /** Token auth, certificate pinned, fake time (no real sleeping). */
    public static PveClient.Builder tokenClient(FakeProxmox server, FakeTime time) {
        return PveClient.builder()
                .host(server.host())
                .apiToken(TOKEN_ID, TOKEN_SECRET)
                .fingerprint(Fingerprint.of(server.identity().certificate()))
                .clock(time)
                .sleeper(time);
    }
}
