package dev.pvecodegen.examples;

import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.SimulatorOptions;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The Proxmox VE host {@link QuickStart} talks to: a real one given by {@link QuickStartOptions}, or the embedded
 * simulator, started here on a free loopback port with a freshly generated certificate, and stopped by
 * {@link #close()}.
 *
 * @param host {@code host:port}
 * @param password the login password of {@link QuickStartOptions#username()}
 * @param fingerprint the certificate fingerprint to pin, when known
 * @param simulator the embedded simulator, when this target is one
 */
record DemoTarget(String host, String password, Optional<String> fingerprint, Optional<PveSimulator> simulator)
        implements AutoCloseable {

    static DemoTarget open(QuickStartOptions options, PrintStream out) {
        if (options.host().isPresent()) {
            return new DemoTarget(
                    options.host().get(), options.password().orElseThrow(), options.fingerprint(), Optional.empty());
        }
        if (!options.username().equals("root@pam")) {
            throw new IllegalArgumentException("the embedded simulator knows only root@pam; --user needs --host");
        }
        out.println("Starting the embedded Proxmox VE simulator (schema pve-9.2) ...");
        PveSimulator simulator = PveSimulator.start(SimulatorOptions.defaults());
        String host = simulator.baseUri().getAuthority();
        out.println("  listening on " + simulator.baseUri() + ", node '"
                + simulator.options().nodes().get(0) + "'");
        out.println("  certificate SHA-256 fingerprint " + simulator.certificateSha256Fingerprint());
        return new DemoTarget(
                host,
                SimulatorOptions.DEFAULT_ROOT_PASSWORD,
                Optional.of(simulator.certificateSha256Fingerprint()),
                Optional.of(simulator));
    }

    boolean isSimulator() {
        return simulator.isPresent();
    }

    @Override
    public void close() {
        simulator.ifPresent(PveSimulator::close);
    }

    /** No password in the text. */
    @Override
    public String toString() {
        return "DemoTarget[" + host + (isSimulator() ? ", simulator" : "") + "]";
    }
}
