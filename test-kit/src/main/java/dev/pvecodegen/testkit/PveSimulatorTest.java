package dev.pvecodegen.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class (or one test method) against an embedded Proxmox simulator and injects, into test,
 * {@code @BeforeEach}/{@code @AfterEach} and (per class) {@code @BeforeAll}/{@code @AfterAll} method parameters:
 *
 * <ul>
 *   <li>{@code PveSimulator}: the running simulator (faults, state for assertions, certificate);
 *   <li>{@code PveClient} (or {@code ApiExecutor}): a client connected to it, pinned to its certificate, logged in
 *       as {@code root@pam} with {@link #login()};
 *   <li>a generated API root, built over that client: {@code Pve} of {@code pve-client}, {@code Pbs} of
 *       {@code pbs-client}, or the root of a client you generated yourself (any type with a public constructor
 *       taking an {@code ApiExecutor}).
 * </ul>
 *
 * <pre>{@code
 * @PveSimulatorTest
 * class BackupJobTest {
 *     @Test
 *     void startsTheVm(Pve pve, PveSimulator simulator) {
 *         pve.nodes("pve").qemu(100).status().start().post().await(Duration.ofSeconds(30));
 *     }
 * }
 * }</pre>
 *
 * <p>On a class, one simulator serves all its tests (faults injected by a test are cleared after it); with
 * {@link Lifecycle#PER_METHOD}, or when a test method carries its own {@code @PveSimulatorTest}, that method gets a
 * fresh simulator with the options of the nearest annotation. The schema is loaded once per JVM.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PveSimulatorExtension.class)
public @interface PveSimulatorTest {

    /**
     * The schema the simulator serves: a pinned name ({@code pve-9.2}, {@code pve-7.2}, {@code pbs-4.2}, found
     * through {@code -Dpvecodegen.apidoc.dir}), an apidoc file or an {@code https://} URL. A Backup Server schema
     * makes the client speak PBS (port, token header, cookie).
     */
    String schema() default "pve-9.2";

    /** The simulated nodes, the first answering; empty for the simulator's default, one node {@code pve}. */
    String[] nodes() default {};

    /** Seed of every invented value (MAC addresses, secrets, synthesized answers): same seed, same answers. */
    long seed() default 0;

    /** HTTPS with a certificate made at start (the client pins it), or plain HTTP. */
    boolean https() default true;

    /** How long every task runs before it stops; short keeps suites fast, the behaviour is the same. */
    long taskDurationMillis() default 50;

    /** How the injected client authenticates. */
    Login login() default Login.API_TOKEN;

    /** One simulator for the whole class, or a fresh one for every test method. */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /**
     * Further options the attributes do not cover (users, tokens, TOTP, faults from the start, ticket lifetime):
     * classes with a public no-argument constructor, applied in order after the attributes.
     */
    Class<? extends SimulatorSetup>[] setup() default {};

    /** How the injected client logs in. */
    enum Login {
        /**
         * The API token {@value SimulatorClients#TOKEN_ID} of {@code root@pam} without privilege separation (so it
         * may do anything), created with the simulator.
         */
        API_TOKEN,
        /** {@code root@pam} with its password: a ticket and a CSRF token, renewed as a real client does. */
        PASSWORD
    }

    /** How long a simulator lives. */
    enum Lifecycle {
        PER_CLASS,
        PER_METHOD
    }
}
