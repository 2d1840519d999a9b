package dev.pvecodegen.simulator;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaLoader;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.Dialect;
import dev.pvecodegen.simulator.auth.AuthService;
import dev.pvecodegen.simulator.auth.PermissionChecker;
import dev.pvecodegen.simulator.auth.TicketStore;
import dev.pvecodegen.simulator.fault.FaultInjector;
import dev.pvecodegen.simulator.handlers.HandlerRegistry;
import dev.pvecodegen.simulator.handlers.OperationDispatcher;
import dev.pvecodegen.simulator.handlers.SimulatorContext;
import dev.pvecodegen.simulator.handlers.StatefulHandlers;
import dev.pvecodegen.simulator.http.CertificateFactory;
import dev.pvecodegen.simulator.http.RequestPipeline;
import dev.pvecodegen.simulator.http.Router;
import dev.pvecodegen.simulator.http.SimulatorServer;
import dev.pvecodegen.simulator.pbs.BackupServerHandlers;
import dev.pvecodegen.simulator.pbs.Datastores;
import dev.pvecodegen.simulator.replay.AnswerReplay;
import dev.pvecodegen.simulator.state.AccessState;
import dev.pvecodegen.simulator.state.ClusterState;
import dev.pvecodegen.simulator.state.SeededIds;
import dev.pvecodegen.simulator.synth.ResponseSynthesizer;
import dev.pvecodegen.simulator.task.TaskService;
import dev.pvecodegen.simulator.validation.RequestValidator;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * An embedded Proxmox VE API server driven by an apidoc schema: every operation answers under
 * {@code /api2/json} and {@code /api2/extjs}, with the real server's validation, authentication and error shapes,
 * stateful guests, storage, pools, users and tasks, and injectable faults. On a Proxmox Backup Server schema it
 * speaks that server's dialect (tickets, token header, UPIDs) and keeps datastores.
 *
 * <pre>
 * try (PveSimulator sim = PveSimulator.start(SimulatorOptions.defaults())) {
 *     URI api = sim.apiUri();                          // https://127.0.0.1:&lt;port&gt;/api2/json
 *     String pin = sim.certificateSha256Fingerprint(); // AB:CD:…
 *     sim.faults().inject(FaultRule.on("/nodes/*&#47;qemu/**", Fault.lockTimeout()).times(1));
 * }
 * </pre>
 */
public final class PveSimulator implements AutoCloseable {
    private final SimulatorOptions options;
    private final ApiModel model;
    private final SimulatorServer server;
    private final SimulatorContext context;
    private final FaultInjector faults;
    private final TicketStore tickets;
    private final Optional<Datastores> datastores;
    private final AnswerReplay replay;

    private PveSimulator(SimulatorOptions options, ApiModel model) {
        this.options = options;
        this.model = model;
        SeededIds ids = new SeededIds(options.seed());
        Optional<CertificateFactory.NodeCertificate> certificate = options.https()
                ? Optional.of(CertificateFactory.create(options.nodes().get(0), options.bindAddress()))
                : Optional.empty();
        ClusterState cluster = new ClusterState(options.nodes(), options.clock(), ids);
        AccessState access = new AccessState(options, ids);
        boolean backupServer = model.dialect() == Dialect.PBS;
        TaskService tasks = new TaskService(options.clock(), options.taskDuration(), ids, backupServer);
        String product = backupServer ? "PBS" : "PVE";
        this.tickets = new TicketStore(options.clock(), options.ticketLifetime(), product);
        AuthService auth = new AuthService(
                access, tickets, options.clock(), options.nodes().size() > 1 ? "simulator" : null, product);
        PermissionChecker permissions = new PermissionChecker(access);
        this.context = new SimulatorContext(
                model,
                options,
                cluster,
                access,
                tasks,
                auth,
                permissions,
                new ResponseSynthesizer(options.seed(), options.nodes().get(0), model.dialect() == Dialect.PBS),
                certificate.map(CertificateFactory.NodeCertificate::certificate),
                certificate.map(CertificateFactory.NodeCertificate::sha256Fingerprint));
        this.faults = new FaultInjector(options.faults());
        HandlerRegistry handlers = StatefulHandlers.create(context);
        this.datastores = backupServer ? Optional.of(new Datastores()) : Optional.empty();
        datastores.ifPresent(stores -> new BackupServerHandlers(context, stores).register(handlers));
        Router router = new Router(model);
        this.replay = options.answers().isEmpty() ? AnswerReplay.none() : AnswerReplay.load(options.answers(), router);
        RequestPipeline pipeline = new RequestPipeline(
                router,
                faults,
                auth,
                permissions,
                new RequestValidator(model.dialect() == Dialect.PBS),
                new OperationDispatcher(handlers, context, replay),
                options.authFailureDelay());
        this.server = SimulatorServer.start(
                options.bindAddress(),
                options.port(),
                certificate.map(CertificateFactory.NodeCertificate::sslContext),
                options.connectionLimits(),
                pipeline);
    }

    /**
     * Loads the schema (unless the options carry a model) and starts listening.
     *
     * @throws IllegalArgumentException when the schema cannot be loaded (the message lists the problems)
     * @throws java.io.UncheckedIOException when the address cannot be bound
     */
    public static PveSimulator start(SimulatorOptions options) {
        ApiModel model = options.model().orElseGet(() -> loadModel(options.schema()));
        return new PveSimulator(options, model);
    }

    /** Loads a schema by reference ({@code pve-9.2}, a file, a URL), for sharing one model between instances. */
    public static ApiModel loadModel(String reference) {
        try {
            return SchemaLoader.load(SchemaRef.parse(reference), LoadOptions.defaults());
        } catch (SchemaException e) {
            throw new IllegalArgumentException("cannot load schema " + reference + ": " + e.getMessage(), e);
        }
    }

    /** The recorded answers GETs are answered from ({@link SimulatorOptions.Builder#answers}); none by default. */
    public AnswerReplay replay() {
        return replay;
    }

    public int port() {
        return server.port();
    }

    /** {@code https://127.0.0.1:<port>} (no trailing slash); the host is the loopback when bound to a wildcard. */
    public URI baseUri() {
        String host = options.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create((options.https() ? "https" : "http") + "://" + host + ":" + port());
    }

    /** {@code <baseUri>/api2/json}. */
    public URI apiUri() {
        return URI.create(baseUri() + "/api2/json");
    }

    /**
     * The SHA-256 fingerprint of the generated certificate, {@code AB:CD:…}, for pinning.
     *
     * @throws IllegalStateException when serving plain HTTP
     */
    public String certificateSha256Fingerprint() {
        return context.fingerprint().orElseThrow(() -> new IllegalStateException("plain HTTP: no certificate"));
    }

    /** The generated node certificate, for trust stores (empty over plain HTTP). */
    public Optional<X509Certificate> certificate() {
        return context.certificate();
    }

    /** The active fault rules; add or clear rules while running. */
    public FaultInjector faults() {
        return faults;
    }

    /** Makes every ticket and CSRF token issued so far invalid, as if their two hours had passed. */
    public void expireTickets() {
        tickets.expireAll();
    }

    public ApiModel model() {
        return model;
    }

    public SimulatorOptions options() {
        return options;
    }

    /** The simulated cluster (guests, storage, pools), for assertions in tests. */
    public ClusterState cluster() {
        return context.cluster();
    }

    /**
     * The Backup Server's datastores, for set-up and assertions in tests.
     *
     * @throws IllegalStateException when the schema is not a Backup Server's
     */
    public Datastores datastores() {
        return datastores.orElseThrow(() ->
                new IllegalStateException("datastores belong to a Proxmox Backup Server schema; this simulator serves "
                        + model.source().name()));
    }

    /** Users and tokens, for assertions in tests. */
    public AccessState access() {
        return context.access();
    }

    @Override
    public void close() {
        server.close();
        context.tasks().close();
    }
}
