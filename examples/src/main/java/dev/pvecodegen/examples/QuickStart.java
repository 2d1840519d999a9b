package dev.pvecodegen.examples;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreateApiToken;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.CreatedApiToken;
import dev.pvecodegen.client.pve.model.NodeEntry;
import dev.pvecodegen.client.pve.model.NodeState;
import dev.pvecodegen.client.pve.model.QemuConfig;
import dev.pvecodegen.client.pve.model.QemuEntry;
import dev.pvecodegen.client.pve.model.QemuMemory;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuOstype;
import dev.pvecodegen.client.pve.model.QemuScsi;
import dev.pvecodegen.client.pve.model.QemuScsihw;
import dev.pvecodegen.client.pve.model.Version;
import dev.pvecodegen.runtime.ApiException;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.PveException;
import dev.pvecodegen.runtime.WireValue;
import dev.pvecodegen.runtime.auth.TfaResponse;
import dev.pvecodegen.runtime.task.Task;
import dev.pvecodegen.runtime.task.TaskResult;
import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The README's example: drives a Proxmox VE host with the generated client the way Proxmox users do it by hand.
 * <ol>
 *   <li>log in as {@code root@pam} with a password, which gives a ticket (and CSRF token) for the session;</li>
 *   <li>create the API token {@code root@pam!automation} with that session;</li>
 *   <li>connect a second client with the token, pinning the host certificate's SHA-256 fingerprint;</li>
 *   <li>list the nodes, create a VM with a typed configuration (property strings such as
 *       {@code virtio,bridge=vmbr0}), start it, waiting for each task, and read the VM list and its config back.</li>
 * </ol>
 * Without a host it starts the embedded simulator, so it runs anywhere: {@code mvn -B -Pdemo -DskipTests package}.
 * It never prints a secret: the password, the ticket and the token secret stay inside the clients.
 */
public final class QuickStart {
    private static final Duration TASK_TIMEOUT = Duration.ofMinutes(5);

    private final DemoTarget target;
    private final QuickStartOptions options;
    private final PrintStream out;

    QuickStart(DemoTarget target, QuickStartOptions options, PrintStream out) {
        this.target = target;
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        QuickStartOptions options;
        try {
            options = QuickStartOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("QuickStart: " + e.getMessage());
            throw e;
        }
        // The demo prints to standard output; the target only writes to it and never closes it.
        PrintStream out = System.out;
        try (DemoTarget target = DemoTarget.open(options, out)) {
            new QuickStart(target, options, out).run();
        } catch (PveException e) {
            // The runtime's messages name the call, the status and each parameter's problem, never a secret.
            System.err.println("QuickStart failed: " + e.getMessage());
            throw e;
        }
    }

    /** Runs the whole flow; returns the id of the VM it created. */
    int run() {
        String tokenId;
        String tokenSecret;
        try (PveClient session = loginWithTicket()) {
            Pve pve = new Pve(session);
            Version version = pve.version().get();
            out.println("  logged in to Proxmox VE " + version.version() + " (release " + version.release() + ")");

            CreatedApiToken token = createApiToken(pve);
            tokenId = token.fullTokenid();
            tokenSecret = token.value();
        }
        try (PveClient client = connectWithToken(tokenId, tokenSecret)) {
            Pve pve = new Pve(client);
            String node = listNodes(pve);
            int vmid = createAndStartVm(pve, node);
            listVms(pve, node);
            showConfig(pve, node, vmid);
            out.println();
            out.println(
                    target.isSimulator()
                            ? "Done. The simulator stops now; its state lives in memory only."
                            : "Done. VM " + vmid + " and the token " + tokenId + " stay on " + target.host() + ".");
            return vmid;
        }
    }

    /** Step 1: the ticket login. The client renews the ticket before its two hours are up, without the password. */
    private PveClient loginWithTicket() {
        step(1, "Log in as " + options.username() + " with a password (ticket + CSRF token)");
        PveClient.Builder builder = PveClient.builder()
                .host(target.host())
                .password(options.username(), target.password())
                // Accounts with a second factor: the client asks for it during the login.
                .tfa(challenge -> TfaResponse.totp(askFor("TOTP code for " + challenge.user())));
        return trust(builder).build();
    }

    /** Step 2: an API token for automation; its secret is shown by the server once, here, and never again. */
    private CreatedApiToken createApiToken(Pve pve) {
        step(2, "Create the API token " + options.username() + "!" + options.tokenName());
        CreatedApiToken token;
        try {
            token = pve.access()
                    .users(options.username())
                    .token(options.tokenName())
                    .post(CreateApiToken.builder()
                            .comment("created by the pvecodegen QuickStart")
                            .privsep(false) // the token acts with the user's own privileges
                            .build());
        } catch (ApiException e) {
            if (e.serverMessage().contains("already exists")) {
                throw new IllegalStateException(
                        "the token " + options.username() + "!" + options.tokenName()
                                + " already exists on " + target.host() + ": remove it (pveum user token remove "
                                + options.username() + " " + options.tokenName() + ") or choose --token-name",
                        e);
            }
            throw e;
        }
        out.println("  token id " + token.fullTokenid() + ", secret received (not printed: keep it in a vault)");
        return token;
    }

    /** Step 3: the client automation uses. No ticket, no CSRF token, no renewal with a token. */
    private PveClient connectWithToken(String tokenId, String secret) {
        step(
                3,
                "Connect with the token"
                        + target.fingerprint()
                                .map(f -> ", pinning the certificate " + f)
                                .orElse(options.insecure() ? ", certificate NOT verified (--insecure)" : ""));
        PveClient.Builder builder = PveClient.builder().host(target.host()).apiToken(tokenId, secret);
        return trust(builder).build();
    }

    /**
     * Pins the certificate by its SHA-256 fingerprint (as the node's summary page shows it) when one is known: then
     * neither a CA nor the host name needs to match, which is what self-signed Proxmox certificates need.
     */
    private PveClient.Builder trust(PveClient.Builder builder) {
        if (target.fingerprint().isPresent()) {
            return builder.fingerprint(target.fingerprint().get());
            // The alternative for throw-away labs: no certificate check at all (loudly logged by the client).
            //     return builder.insecure();
        }
        return options.insecure() ? builder.insecure() : builder; // else: the JVM's trusted CAs
    }

    /**
     * Step 4: {@code GET /nodes}; {@code type} and {@code id} are sent by the server but not in the schema: the shipped
     * supplement declares them, so they have accessors like the rest.
     */
    private String listNodes(Pve pve) {
        step(4, "List the nodes");
        List<NodeEntry> nodes = pve.nodes().get().stream()
                .sorted(Comparator.comparing(NodeEntry::node))
                .toList();
        TextTable table = new TextTable("STATUS", "NODE", "LEVEL", "TYPE", "ID", "CPUS", "MEMORY", "UPTIME");
        for (NodeEntry node : nodes) {
            table.row(
                    node.status().wireValue(),
                    node.node(),
                    node.level().filter(l -> !l.isEmpty()).orElse("-"),
                    node.type().orElse("-"),
                    node.id().orElse("-"),
                    node.maxcpu().orElse(null),
                    node.maxmem().map(QuickStart::gib).orElse("-"),
                    node.uptime().map(QuickStart::uptime).orElse("-"));
        }
        table.print(out, "  ");
        return options.node()
                .orElseGet(() -> nodes.stream()
                        .filter(n -> NodeState.ONLINE.equals(n.status()))
                        .map(NodeEntry::node)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no node is online")));
    }

    /** Steps 5 and 6: create the VM with a typed config, then start it, awaiting each task. */
    private int createAndStartVm(Pve pve, String node) {
        int vmid = Math.toIntExact(pve.cluster().nextid().get());
        CreateQemu config = CreateQemu.builder()
                .vmid(vmid)
                .name("quickstart-" + vmid)
                .ostype(QemuOstype.L26)
                .cores(2)
                .memory(QemuMemory.builder().current(2048).build())
                .scsihw(QemuScsihw.VIRTIO_SCSI_SINGLE)
                .scsi(0, QemuScsi.builder().file(options.storage() + ":32").build()) // a new 32 GiB volume
                .net(
                        0,
                        QemuNet.builder()
                                .model(QemuNet.Model.VIRTIO)
                                .bridge(options.bridge())
                                .build())
                .build();
        step(5, "Create VM " + vmid + " on " + node);
        config.parameters().forEach((name, value) -> out.println("  " + name + ": " + wire(value)));
        awaitTask(pve.nodes(node).qemu().post(config));

        step(6, "Start VM " + vmid);
        awaitTask(pve.nodes(node).qemu().vmid(vmid).status().start().post());
        return vmid;
    }

    private void awaitTask(Task task) {
        out.println("  task " + task.upid());
        TaskResult result = task.await(TASK_TIMEOUT);
        out.println("  task finished: " + result.exitStatus());
        result.log().forEach(line -> out.println("    " + line.text()));
    }

    /** Step 7: {@code GET /nodes/{node}/qemu}, as {@code qm list} shows it. */
    private void listVms(Pve pve, String node) {
        step(7, "VMs on " + node);
        TextTable table = new TextTable("VMID", "NAME", "STATUS", "CPUS", "MEMORY", "BOOT DISK", "UPTIME");
        pve.nodes(node).qemu().get().stream()
                .sorted(Comparator.comparing(QemuEntry::vmid))
                .forEach(vm -> table.row(
                        vm.vmid(),
                        vm.name().orElse("-"),
                        vm.status().wireValue(),
                        vm.cpus().map(c -> String.valueOf(c.longValue())).orElse("-"),
                        vm.maxmem().map(QuickStart::gib).orElse("-"),
                        vm.maxdisk().map(QuickStart::gib).orElse("-"),
                        vm.uptime().map(QuickStart::uptime).orElse("-")));
        table.print(out, "  ");
    }

    /** Step 8: the VM's configuration, read back into typed values (property strings parsed into objects). */
    private void showConfig(Pve pve, String node, int vmid) {
        step(8, "Typed config of VM " + vmid);
        QemuConfig config = pve.nodes(node).qemu().vmid(vmid).config().get();
        out.println("  name    " + config.name().orElse("-"));
        out.println("  ostype  " + config.ostype().map(QemuOstype::wireValue).orElse("-"));
        out.println("  cores   " + config.cores().map(String::valueOf).orElse("-"));
        out.println(
                "  memory  " + config.memory().map(m -> m.current() + " MiB").orElse("-"));
        out.println("  scsihw  " + config.scsihw().map(QemuScsihw::wireValue).orElse("-"));
        config.scsi()
                .forEach((index, disk) -> out.println("  scsi" + index + "   volume " + disk.file() + ", size "
                        + disk.size().orElse("?") + "   (" + disk.wireValue() + ")"));
        config.net()
                .forEach((index, nic) ->
                        out.println("  net" + index + "    model " + nic.model().wireValue()
                                + ", MAC " + nic.macaddr().orElse("?") + ", bridge "
                                + nic.bridge().orElse("-")
                                + "   (" + nic.wireValue() + ")"));
        out.println("  digest  " + config.digest());
    }

    private void step(int number, String title) {
        out.println();
        out.println(number + ". " + title);
    }

    private static String wire(Object value) {
        return value instanceof WireValue wire ? wire.wireValue() : String.valueOf(value);
    }

    private static String gib(long bytes) {
        return String.format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private static String uptime(long seconds) {
        Duration uptime = Duration.ofSeconds(seconds);
        return uptime.toDays() > 0
                ? String.format("%dd %dh %dm", uptime.toDays(), uptime.toHoursPart(), uptime.toMinutesPart())
                : String.format("%dh %dm %ds", uptime.toHours(), uptime.toMinutesPart(), uptime.toSecondsPart());
    }

    private static String askFor(String prompt) {
        Console console = System.console();
        // Java 17 gives no console without a terminal (the check's Console.isTerminal() is Java 22); newer Javas
        // give one on redirected input, where readLine answers null at its end.
        @SuppressWarnings("SystemConsoleNull")
        String answer = console == null ? null : console.readLine("%s: ", prompt);
        if (answer == null) {
            throw new IllegalStateException("the account needs a second factor, but there is no console to ask on");
        }
        return answer.strip();
    }
}
