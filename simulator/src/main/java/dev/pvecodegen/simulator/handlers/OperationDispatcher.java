package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.PathSegment;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.replay.AnswerReplay;
import dev.pvecodegen.simulator.state.Guest;
import dev.pvecodegen.simulator.task.TaskWork;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a verified call: a recorded answer for a GET when one was loaded; the stateful handler when there is one;
 * otherwise a task that ends after the configured
 * time for task operations, or a synthesized answer conforming to the returns schema.
 */
public final class OperationDispatcher {
    private static final String LOCALHOST = "localhost";

    private final HandlerRegistry registry;
    private final SimulatorContext context;
    private final AnswerReplay replay;

    public OperationDispatcher(HandlerRegistry registry, SimulatorContext context, AnswerReplay replay) {
        this.registry = registry;
        this.context = context;
        this.replay = replay;
    }

    public Reply dispatch(ApiCall call, Map<String, String> pathVariables) {
        if (call.operation().method() == HttpMethod.GET) {
            // What the user's own cluster answered wins over what the simulator would make up.
            Optional<JsonNode> recorded = replay.answer(call.operation().path(), call.concretePath(), call.wire());
            if (recorded.isPresent()) {
                return Reply.of(recorded.get());
            }
        }
        String node = pathVariables.get("node");
        if (LOCALHOST.equals(node)) {
            // Both servers take "localhost" for the node that answers (the Backup Server's clients always do).
            node = context.localNode();
            call.typed().put("node", node);
            pathVariables = new HashMap<>(pathVariables);
            pathVariables.put("node", node);
        }
        if (node != null) {
            context.cluster().requireNode(node);
        }
        Operation operation = call.operation();
        OperationHandler handler = registry.find(operation).orElse(null);
        if (handler != null) {
            return handler.handle(call);
        }
        requireGuest(operation.path(), pathVariables);
        if (operation.isTask()) {
            String upid = context.tasks()
                    .start(
                            node == null ? context.localNode() : node,
                            workerType(operation),
                            workerId(pathVariables),
                            call.identity().authId(),
                            call.taskOutcome(),
                            TaskWork.nothing());
            return Reply.of(upid);
        }
        return Reply.of(context.synthesizer()
                .generate(operation.returns().type(), operation.key() + " " + call.concretePath(), pathVariables));
    }

    /**
     * Sub-resources of a guest (firewall, agent, rrd, …) load its config first on the real server: they fail for
     * a guest that does not exist, and agent calls need a running VM with the agent enabled.
     */
    private void requireGuest(String template, Map<String, String> pathVariables) {
        for (Guest.Kind kind : Guest.Kind.values()) {
            if (!template.startsWith("/nodes/{node}/" + kind.path + "/{vmid}")) {
                continue;
            }
            int vmid;
            try {
                vmid = Integer.parseInt(pathVariables.get("vmid"));
            } catch (NumberFormatException e) {
                return;
            }
            Guest guest = context.cluster().guest(kind, pathVariables.get("node"), vmid);
            if (template.startsWith("/nodes/{node}/qemu/{vmid}/agent/")) {
                if (!context.cluster()
                        .atomically(() -> guest.config().getOrDefault("agent", "0"))
                        .matches("(enabled=)?1.*")) {
                    throw ApiError.serverError("No QEMU guest agent configured");
                }
                if (guest.status().equals("stopped")) {
                    throw ApiError.serverError("VM " + vmid + " is not running");
                }
            }
        }
    }

    /** {@code POST /nodes/{node}/apt/update} → {@code aptupdate}, as worker types are named. */
    static String workerType(Operation operation) {
        List<PathSegment> literals = Arrays.stream(operation.path().split("/"))
                .filter(s -> !s.isEmpty() && !s.startsWith("{"))
                .map(s -> (PathSegment) new PathSegment.Literal(s))
                .toList();
        if (literals.isEmpty()) {
            return "unknown";
        }
        String last = literals.get(literals.size() - 1).text().replaceAll("[^A-Za-z0-9]", "");
        String parent =
                literals.size() > 1 ? literals.get(literals.size() - 2).text().replaceAll("[^A-Za-z0-9]", "") : "";
        return parent.equals("nodes") || parent.equals("cluster") ? last : parent + last;
    }

    private static String workerId(Map<String, String> pathVariables) {
        for (String name : List.of("vmid", "storage", "name", "service", "id", "realm")) {
            if (pathVariables.containsKey(name)) {
                return pathVariables.get(name).replace(":", "");
            }
        }
        return "";
    }
}
