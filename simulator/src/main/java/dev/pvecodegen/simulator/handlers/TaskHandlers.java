package dev.pvecodegen.simulator.handlers;

import static dev.pvecodegen.schema.model.HttpMethod.DELETE;
import static dev.pvecodegen.schema.model.HttpMethod.GET;

import dev.pvecodegen.simulator.task.TaskService;

/** {@code /nodes/{node}/tasks}: the task list, status, log and stop. */
final class TaskHandlers {
    private TaskHandlers() {}

    static void register(HandlerRegistry registry, TaskService tasks) {
        registry.register(
                        GET,
                        "/nodes/{node}/tasks",
                        call -> Reply.of(tasks.list(
                                call.node(),
                                call.text("vmid"),
                                call.text("typefilter"),
                                call.flag("errors"),
                                call.integer("start").orElse(0L),
                                call.integer("limit").orElse(50L))))
                .register(
                        GET,
                        "/nodes/{node}/tasks/{upid}/status",
                        call -> Reply.of(tasks.status(call.node(), call.required("upid"))))
                .register(
                        GET,
                        "/nodes/{node}/tasks/{upid}/log",
                        call -> tasks.log(
                                call.node(),
                                call.required("upid"),
                                call.integer("start").orElse(0L),
                                call.integer("limit").orElse(50L)))
                .register(DELETE, "/nodes/{node}/tasks/{upid}", call -> {
                    tasks.stop(call.node(), call.required("upid"));
                    return Reply.none();
                });
    }
}
