package app;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.runtime.PveClient;

/** Connects with an API token (secret from the environment), pinned, and prints the modules, version and nodes. */
public final class ListNodes {
    public static void main(String[] args) {
        try (PveClient client = PveClient.builder()
                .host(args[0])
                .fingerprint(args[1])
                .apiToken(args[2], System.getenv("PVE_TOKEN_SECRET"))
                .build()) {
            Pve pve = new Pve(client);
            System.out.println("client module: " + Pve.class.getModule().getName());
            System.out.println("runtime module: " + PveClient.class.getModule().getName());
            System.out.println("release: " + pve.version().get().release());
            pve.nodes().get().forEach(node -> System.out.println("node: " + node.node()));
        }
    }
}
