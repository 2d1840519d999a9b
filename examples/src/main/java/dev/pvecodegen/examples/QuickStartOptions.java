package dev.pvecodegen.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link QuickStart} runs against. Without a host it starts the embedded simulator; with one it talks to a real
 * Proxmox VE host. Every option can come from the command line or the environment; the password only from the
 * environment ({@code PVE_PASSWORD}), so that it never shows in a process list or a shell history.
 *
 * @param host {@code HOST[:PORT]} of a real Proxmox VE host; empty to start the embedded simulator
 * @param username the account that logs in with a ticket and owns the new token
 * @param password the account's password (real host only)
 * @param fingerprint SHA-256 fingerprint of the host's certificate to pin ({@code AB:CD:…})
 * @param insecure turn certificate verification off (only when no fingerprint is given)
 * @param node the node to create the VM on; empty for the first online node
 * @param tokenName the name of the API token created for the user
 * @param storage the storage of the VM's disk
 * @param bridge the bridge of the VM's network card
 */
public record QuickStartOptions(
        Optional<String> host,
        String username,
        Optional<String> password,
        Optional<String> fingerprint,
        boolean insecure,
        Optional<String> node,
        String tokenName,
        String storage,
        String bridge) {

    static final String USAGE = """
            usage: QuickStart [--host HOST[:PORT]] [--user USER@REALM] [--fingerprint AB:CD:..] [--insecure]
                              [--node NODE] [--token-name NAME] [--storage STORAGE] [--bridge BRIDGE]
              Without --host (or PVE_HOST) the embedded Proxmox VE simulator is started and used.
              Environment: PVE_HOST, PVE_USER, PVE_PASSWORD (real hosts; never on the command line),
                           PVE_FINGERPRINT, PVE_INSECURE=1, PVE_NODE, PVE_TOKEN_NAME, PVE_STORAGE, PVE_BRIDGE""";

    /** Reads the command line, then the environment for what the command line leaves out. */
    public static QuickStartOptions parse(String[] args, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--insecure" -> flags.add(arg);
                case "--host", "--user", "--fingerprint", "--node", "--token-name", "--storage", "--bridge" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
                    }
                    given.put(arg, args[++i]);
                }
                case "--password" ->
                    throw new IllegalArgumentException(
                            "pass the password in the environment variable PVE_PASSWORD, not on the command line");
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'\n" + USAGE);
            }
        }
        Optional<String> host = value(given, "--host", environment, "PVE_HOST");
        Optional<String> password =
                Optional.ofNullable(environment.get("PVE_PASSWORD")).filter(p -> !p.isEmpty());
        if (host.isPresent() && password.isEmpty()) {
            throw new IllegalArgumentException("a real host needs the password in PVE_PASSWORD");
        }
        Optional<String> fingerprint = value(given, "--fingerprint", environment, "PVE_FINGERPRINT");
        boolean insecure = flags.contains("--insecure") || "1".equals(environment.get("PVE_INSECURE"));
        if (insecure && fingerprint.isPresent()) {
            throw new IllegalArgumentException("give either a fingerprint or --insecure, not both");
        }
        return new QuickStartOptions(
                host,
                value(given, "--user", environment, "PVE_USER").orElse("root@pam"),
                password,
                fingerprint,
                insecure,
                value(given, "--node", environment, "PVE_NODE"),
                value(given, "--token-name", environment, "PVE_TOKEN_NAME").orElse("automation"),
                value(given, "--storage", environment, "PVE_STORAGE").orElse("local-lvm"),
                value(given, "--bridge", environment, "PVE_BRIDGE").orElse("vmbr0"));
    }

    private static Optional<String> value(
            Map<String, String> given, String flag, Map<String, String> environment, String variable) {
        String text = given.containsKey(flag) ? given.get(flag) : environment.get(variable);
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }

    /** No password in the text. */
    @Override
    public String toString() {
        return "QuickStartOptions[host=" + host.orElse("(embedded simulator)") + ", user=" + username
                + ", fingerprint=" + fingerprint.orElse("-") + ", insecure=" + insecure + ", node="
                + node.orElse("(first online)") + ", token=" + tokenName + ", storage=" + storage + ", bridge="
                + bridge + "]";
    }
}
