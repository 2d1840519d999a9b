package dev.pvecodegen.testkit;

import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.SimulatorOptions;
import java.lang.reflect.InvocationTargetException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/** A simulator started from a {@link PveSimulatorTest} and the client connected to it, made on first use. */
final class RunningSimulator implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PveSimulator simulator;
    private final PveSimulatorTest.Login login;
    private PveClient client;

    private RunningSimulator(PveSimulator simulator, PveSimulatorTest.Login login) {
        this.simulator = simulator;
        this.login = login;
    }

    static RunningSimulator start(PveSimulatorTest settings) {
        return new RunningSimulator(PveSimulator.start(options(settings)), settings.login());
    }

    /** The options an annotation stands for: its attributes, the test token, then its setup classes. */
    static SimulatorOptions options(PveSimulatorTest settings) {
        ApiModel model = SimulatorModels.get(settings.schema());
        SimulatorOptions.Builder options = SimulatorOptions.builder()
                .model(model)
                .seed(settings.seed())
                .https(settings.https())
                .taskDuration(Duration.ofMillis(settings.taskDurationMillis()))
                // A fresh secret per simulator: tests read it from the options if they need it, never a constant.
                .token(SimulatorClients.TOKEN_USER, SimulatorClients.TOKEN_NAME, newSecret(), false);
        if (settings.nodes().length > 0) {
            options.nodes(settings.nodes());
        }
        for (Class<? extends SimulatorSetup> setup : settings.setup()) {
            instantiate(setup).configure(options);
        }
        return options.build();
    }

    PveSimulator simulator() {
        return simulator;
    }

    synchronized PveClient client() {
        if (client == null) {
            client = login == PveSimulatorTest.Login.PASSWORD
                    ? SimulatorClients.rootPassword(simulator)
                    : SimulatorClients.token(simulator, SimulatorClients.TOKEN_ID);
        }
        return client;
    }

    @Override
    public synchronized void close() {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            simulator.close();
        }
    }

    private static SimulatorSetup instantiate(Class<? extends SimulatorSetup> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("setup " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "setup " + type.getName() + " needs a public no-argument constructor (a static nested or"
                            + " top-level class)",
                    e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
