package dev.pvecodegen.client;

import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.client.pve.model.CreateQemu;
import dev.pvecodegen.client.pve.model.NodeEntry;
import dev.pvecodegen.client.pve.model.QemuConfig;
import dev.pvecodegen.client.pve.model.QemuMemory;
import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.task.TaskResult;
import java.io.PrintStream;
import java.time.Duration;

/** The README's first program against pve-client, kept here so that it compiles and runs (see FirstProgramTest). */
final class FirstProgram {

    private FirstProgram() {}

    /**
     * @param host the node, e.g. {@code pve1.example.com:8006}
     * @param apiToken {@code user@realm!tokenname=secret}
     * @param fingerprint the node certificate's SHA-256 fingerprint, {@code AB:CD:…} as the web UI shows it
     */
    static void run(String host, String apiToken, String fingerprint, PrintStream out) {
        try (PveClient client = PveClient.builder()
                .host(host)
                .apiToken(apiToken)
                .fingerprint(fingerprint)
                .build()) {
            Pve pve = new Pve(client);

            for (NodeEntry node : pve.nodes().get()) {
                out.println(node.node() + " is " + node.status().wireValue());
            }

            QemuConfig config = pve.nodes("pve1").qemu(100).config().get();
            config.net()
                    .forEach((index, nic) -> out.println("VM 100 net" + index + ": "
                            + nic.model().wireValue() + " on " + nic.bridge().orElse("no bridge")));

            TaskResult created = pve.nodes("pve1")
                    .qemu()
                    .post(CreateQemu.builder()
                            .vmid(101)
                            .name("web2")
                            .memory(QemuMemory.builder().current(4096).build())
                            .net(
                                    0,
                                    QemuNet.builder()
                                            .model(QemuNet.Model.VIRTIO)
                                            .bridge("vmbr0")
                                            .firewall(true)
                                            .build())
                            .build())
                    .await(Duration.ofMinutes(5));
            out.println("created VM 101: " + created.exitStatus());

            TaskResult started =
                    pve.nodes("pve1").qemu(101).status().start().post().await(Duration.ofMinutes(2));
            out.println("started VM 101: " + started.exitStatus());
        }
    }
}
