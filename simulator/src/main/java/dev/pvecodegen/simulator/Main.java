package dev.pvecodegen.simulator;

import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.simulator.fault.FaultSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar pve-simulator.jar --port 8006 [--schema pve-9.2|FILE] [--http] [--bind ADDR] [--seed N] …}:
 * runs the simulator until interrupted.
 */
public final class Main {
    private static final String USAGE = """
            usage: java -jar pve-simulator.jar [options]
              --port N              port to listen on (default 8006; 0 picks a free one)
              --schema REF          pinned name (pve-9.2), file or URL of the apidoc (default pve-9.2)
              --http                plain HTTP instead of HTTPS with a generated certificate
              --bind ADDR           address to bind (default 127.0.0.1, loopback only)
              --seed N              seed of generated values (default 0)
              --node NAME           a cluster node (repeat for several; default pve)
              --task-duration MS    how long tasks run (default 200)
              --auth-delay MS       delay of 401 answers (the real server waits 3000)
              --fault SPEC          inject a fault: [METHOD ]PATTERN=KIND[:ARGS][*TIMES], KIND one of
                                    latency:MS, error:STATUS:MESSAGE, lock-timeout, drop, expired-ticket,
                                    task-warnings:N, task-failure:TEXT (repeatable)
              --answers PATH        answer GETs with recorded data: a directory of recordings
                                    (recordAnswers) or a file [{method, path, data}] (repeatable)
            """ + SecretOptions.HELP;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options;
        try {
            options = parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("pve-simulator: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(1);
            return;
        }
        if (options == null) {
            System.out.print(USAGE);
            return;
        }
        PveSimulator simulator;
        try {
            simulator = PveSimulator.start(options);
        } catch (RuntimeException e) {
            System.err.println("pve-simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        printBanner(simulator, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            simulator.close();
                            stopped.countDown();
                        },
                        "pve-simulator-shutdown"));
        stopped.await();
    }

    /** The options for the arguments and the environment's secrets, or null when help was asked for. */
    static SimulatorOptions parse(List<String> args, Map<String, String> environment) {
        SimulatorOptions.Builder builder = SimulatorOptions.builder().port(8006);
        SecretOptions.applyEnvironment(builder, environment);
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (SecretOptions.handles(arg)) {
                SecretOptions.apply(builder, arg, value(args, ++i, arg));
                continue;
            }
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--http" -> builder.https(false);
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, arg)));
                case "--schema" -> builder.schema(value(args, ++i, arg));
                case "--bind" -> builder.bindAddress(value(args, ++i, arg));
                case "--seed" -> builder.seed(Long.parseLong(value(args, ++i, arg)));
                case "--node" -> nodes.add(value(args, ++i, arg));
                case "--task-duration" ->
                    builder.taskDuration(Duration.ofMillis(Long.parseLong(value(args, ++i, arg))));
                case "--auth-delay" ->
                    builder.authFailureDelay(Duration.ofMillis(Long.parseLong(value(args, ++i, arg))));
                case "--fault" -> builder.fault(FaultSpec.parse(value(args, ++i, arg)));
                case "--answers" -> builder.answers(Path.of(value(args, ++i, arg)));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (!nodes.isEmpty()) {
            builder.nodes(nodes.toArray(String[]::new));
        }
        return builder.build();
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    static void printBanner(PveSimulator simulator, PrintStream out) {
        String product = simulator.model().dialect() == Dialect.PBS ? "Proxmox Backup Server" : "Proxmox VE";
        out.println(product + " simulator (" + simulator.model().source().name() + ", "
                + simulator.model().operations().size() + " operations) listening on " + simulator.apiUri());
        simulator
                .certificate()
                .ifPresent(certificate ->
                        out.println("certificate SHA-256 fingerprint: " + simulator.certificateSha256Fingerprint()));
        out.println("log in as root@pam with the password from " + SecretOptions.ROOT_PASSWORD_VARIABLE
                + " or --root-password-file (default " + SimulatorOptions.DEFAULT_ROOT_PASSWORD + ")");
        if (!simulator.options().answers().isEmpty()) {
            out.println("replaying " + simulator.replay().size() + " recorded GET answers from "
                    + simulator.options().answers()
                    + (simulator.replay().unmatched().isEmpty()
                            ? ""
                            : " (" + simulator.replay().unmatched().size() + " match no operation)"));
        }
        simulator
                .options()
                .tokens()
                .forEach(token -> out.println("API token: " + token.userid() + "!" + token.tokenid()));
        out.flush();
    }
}
