package dev.pvecodegen.simulator.pbs;

import static dev.pvecodegen.schema.model.HttpMethod.DELETE;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;
import static dev.pvecodegen.schema.model.HttpMethod.PUT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.handlers.ApiCall;
import dev.pvecodegen.simulator.handlers.HandlerRegistry;
import dev.pvecodegen.simulator.handlers.Reply;
import dev.pvecodegen.simulator.handlers.SimulatorContext;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.task.TaskWork;

/**
 * What a Proxmox Backup Server answers with state rather than a synthesized value: datastores (configuration,
 * listing, status, usage, garbage collection as a task) and API tokens under PBS's path and answer shape. Tickets,
 * the {@code PBSAuthCookie} and {@code PBSAPIToken} header, and UPIDs with a task counter are the dialect's part
 * of the shared authentication and task services.
 */
public final class BackupServerHandlers {
    private final SimulatorContext context;
    private final Datastores datastores;

    public BackupServerHandlers(SimulatorContext context, Datastores datastores) {
        this.context = context;
        this.datastores = datastores;
    }

    public void register(HandlerRegistry registry) {
        registry.register(GET, "/config/datastore", call -> Reply.of(datastores.configs()))
                .register(POST, "/config/datastore", this::create)
                .register(GET, "/config/datastore/{name}", call -> Reply.of(datastores.config(call.required("name"))))
                .register(PUT, "/config/datastore/{name}", call -> {
                    datastores.update(call.required("name"), call.typed(), call.list("delete"));
                    return Reply.none();
                })
                .register(DELETE, "/config/datastore/{name}", this::remove)
                .register(GET, "/admin/datastore", call -> Reply.of(datastores.summaries()))
                .register(
                        GET,
                        "/admin/datastore/{store}/status",
                        call -> Reply.of(datastores.status(call.required("store"))))
                .register(POST, "/admin/datastore/{store}/gc", this::garbageCollection)
                .register(GET, "/status/datastore-usage", call -> Reply.of(datastores.usage()))
                .register(POST, "/access/users/{userid}/token/{token-name}", this::createToken);
    }

    /** The schema of PBS 4.2 answers {@code null}: the datastore exists when the call returns. */
    private Reply create(ApiCall call) {
        ObjectNode config = call.typed().deepCopy();
        config.remove("digest");
        datastores.add(config);
        return Reply.none();
    }

    /** A task that removes the datastore's configuration when it ends. */
    private Reply remove(ApiCall call) {
        String name = call.required("name");
        datastores.config(name);
        return startTask(call, "delete-datastore", name, log -> {
            datastores.remove(name);
            log.line("Removed datastore '" + name + "' from the configuration");
        });
    }

    private Reply garbageCollection(ApiCall call) {
        String store = call.required("store");
        datastores.config(store);
        return startTask(call, "garbage_collection", store, log -> {
            log.line("starting garbage collection on store " + store);
            log.line("Start GC phase1 (mark used chunks)");
            log.line("Start GC phase2 (sweep unused chunks)");
        });
    }

    private Reply startTask(ApiCall call, String type, String id, TaskWork work) {
        return Reply.of(context.tasks()
                .start(context.localNode(), type, id, call.identity().authId(), call.taskOutcome(), work));
    }

    /** PBS tokens always have their own permissions (no privsep flag); the answer is {@code {tokenid, value}}. */
    private Reply createToken(ApiCall call) {
        String userid = call.required("userid");
        String name = call.required("token-name");
        ObjectNode created = context.access()
                .createToken(
                        userid,
                        name,
                        true,
                        call.integer("expire").orElse(-1L),
                        call.text("comment").orElse(null));
        ObjectNode answer = Json.object();
        answer.put("tokenid", userid + "!" + name);
        answer.set("value", created.get("value"));
        return Reply.of(answer);
    }
}
