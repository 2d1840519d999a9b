package dev.pvecodegen.simulator.handlers;

import static dev.pvecodegen.schema.model.HttpMethod.DELETE;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;
import static dev.pvecodegen.schema.model.HttpMethod.PUT;

import dev.pvecodegen.simulator.state.Guest;
import java.util.List;

/** Routes the QEMU and LXC guest operations to {@link GuestLifecycle} and {@link GuestPower}. */
final class GuestHandlers {
    private static final List<String> QEMU_ACTIONS =
            List.of("start", "stop", "shutdown", "reboot", "reset", "suspend", "resume");
    private static final List<String> LXC_ACTIONS = List.of("start", "stop", "shutdown", "reboot");

    private GuestHandlers() {}

    static void register(HandlerRegistry registry, SimulatorContext context, GuestStats stats) {
        for (Guest.Kind kind : Guest.Kind.values()) {
            GuestLifecycle lifecycle = new GuestLifecycle(context, stats, kind);
            GuestPower power = new GuestPower(context, stats, kind);
            String base = "/nodes/{node}/" + kind.path;
            String guest = base + "/{vmid}";
            registry.register(GET, base, lifecycle::list)
                    .register(POST, base, lifecycle::create)
                    .register(DELETE, guest, lifecycle::destroy)
                    .register(GET, guest + "/config", lifecycle::readConfig)
                    .register(PUT, guest + "/config", call -> lifecycle.updateConfig(call, false))
                    .register(GET, guest + "/pending", lifecycle::pending)
                    .register(POST, guest + "/clone", lifecycle::cloneGuest)
                    .register(POST, guest + "/migrate", power::migrate)
                    .register(PUT, guest + "/resize", lifecycle::resize)
                    .register(GET, guest + "/status/current", power::current)
                    .register(GET, guest + "/snapshot", power::listSnapshots)
                    .register(POST, guest + "/snapshot", power::createSnapshot)
                    .register(DELETE, guest + "/snapshot/{snapname}", power::deleteSnapshot)
                    .register(POST, guest + "/snapshot/{snapname}/rollback", power::rollback)
                    .register(GET, guest + "/snapshot/{snapname}/config", power::snapshotConfig);
            if (kind == Guest.Kind.QEMU) {
                registry.register(POST, guest + "/config", call -> lifecycle.updateConfig(call, true));
            }
            for (String action : kind == Guest.Kind.QEMU ? QEMU_ACTIONS : LXC_ACTIONS) {
                registry.register(POST, guest + "/status/" + action, call -> power.power(call, action));
            }
        }
    }
}
