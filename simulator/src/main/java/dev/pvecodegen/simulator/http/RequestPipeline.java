package dev.pvecodegen.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.simulator.auth.AuthService;
import dev.pvecodegen.simulator.auth.Identity;
import dev.pvecodegen.simulator.auth.PermissionChecker;
import dev.pvecodegen.simulator.fault.Fault;
import dev.pvecodegen.simulator.fault.FaultInjector;
import dev.pvecodegen.simulator.handlers.ApiCall;
import dev.pvecodegen.simulator.handlers.OperationDispatcher;
import dev.pvecodegen.simulator.handlers.Reply;
import dev.pvecodegen.simulator.validation.RequestValidator;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One request from the socket to the answer, in the real server's order: split {@code /api2/<format>}, read the
 * parameters, route, apply injected faults, authenticate, verify parameters, check permissions, run the handler, format the answer.
 */
public final class RequestPipeline implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(RequestPipeline.class.getName());

    private final Router router;
    private final FaultInjector faults;
    private final AuthService auth;
    private final PermissionChecker permissions;
    private final RequestValidator validator;
    private final OperationDispatcher dispatcher;
    private final Duration authFailureDelay;

    public RequestPipeline(
            Router router,
            FaultInjector faults,
            AuthService auth,
            PermissionChecker permissions,
            RequestValidator validator,
            OperationDispatcher dispatcher,
            Duration authFailureDelay) {
        this.router = router;
        this.faults = faults;
        this.auth = auth;
        this.permissions = permissions;
        this.validator = validator;
        this.dispatcher = dispatcher;
        this.authFailureDelay = authFailureDelay;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        WireFormat format = WireFormat.JSON;
        try {
            String path = exchange.getRequestURI().getRawPath();
            String[] parts = path.split("/", 4);
            if (parts.length < 3 || !parts[1].equals("api2")) {
                throw new ApiError(501, "Not Implemented");
            }
            format = WireFormat.fromSegment(parts[2])
                    .orElseThrow(() -> new ApiError(501, "Unknown format '" + parts[2] + "'"));
            String apiPath = parts.length > 3 ? "/" + parts[3] : "/";
            IncomingRequest request = IncomingRequest.parse(exchange, format, apiPath);
            if (!process(exchange, request)) {
                exchange.close();
            }
        } catch (ApiError error) {
            if (error.status() == 401 && !authFailureDelay.isZero()) {
                sleep(authFailureDelay);
            }
            ResponseWriter.error(exchange, format, error);
        } catch (RuntimeException e) {
            // A defect of the simulator: the details go to its log; the client gets no Java exception text.
            LOG.log(Level.WARNING, "simulator handler failed", e);
            ResponseWriter.error(exchange, format, ApiError.serverError("internal error in the simulator (logged)"));
        }
    }

    /** Handles a parsed request; false when a fault drops the connection without an answer. */
    private boolean process(HttpExchange exchange, IncomingRequest request) throws IOException {
        HttpMethod method = verb(request.method());
        Router.Route route = router.route(method, request.segments())
                .orElseThrow(() ->
                        new ApiError(501, "Method '" + request.method() + " " + request.path() + "' not implemented"));
        Operation operation = route.operation();
        boolean ticketExpired = false;
        Optional<String> taskOutcome = Optional.empty();
        for (Fault fault : faults.select(method, request.path(), operation.path())) {
            if (fault instanceof Fault.Latency latency) {
                sleep(latency.delay());
            } else if (fault instanceof Fault.DropConnection) {
                return false;
            } else if (fault instanceof Fault.ErrorStatus status) {
                throw new ApiError(status.status(), status.message());
            } else if (fault instanceof Fault.LockTimeout) {
                String vmid = route.pathVariables().getOrDefault("vmid", "100");
                String dir = operation.path().contains("/lxc") ? "lxc" : "qemu-server";
                throw ApiError.serverError(
                        "can't lock file '/var/lock/" + dir + "/lock-" + vmid + ".conf' - got timeout");
            } else if (fault instanceof Fault.ExpiredTicket) {
                ticketExpired = true;
            } else if (fault instanceof Fault.TaskOutcome outcome) {
                taskOutcome = Optional.of(outcome.exitStatus());
            }
        }
        Identity identity = auth.authenticate(request, operation, ticketExpired);
        boolean jsonBody = request.header("content-type")
                .map(type -> type.toLowerCase(Locale.ROOT))
                .filter(type -> type.startsWith("application/json"))
                .isPresent();
        ObjectNode typed = validator.validate(operation, route.pathVariables(), request.params(), jsonBody);
        permissions.authorize(operation, identity, typed);
        ApiCall call = new ApiCall(operation, request.path(), typed, request.params(), identity, taskOutcome);
        Reply reply = dispatcher.dispatch(call, route.pathVariables());
        ResponseWriter.success(exchange, request.format(), reply.data(), reply.extras());
        return true;
    }

    private static HttpMethod verb(String method) {
        for (HttpMethod candidate : List.of(HttpMethod.values())) {
            if (candidate.name().equals(method)) {
                return candidate;
            }
        }
        throw new ApiError(501, "Method '" + method + "' not implemented");
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
