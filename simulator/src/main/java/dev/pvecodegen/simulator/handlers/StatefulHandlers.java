package dev.pvecodegen.simulator.handlers;

/** Builds the registry of every stateful handler of the simulator. */
public final class StatefulHandlers {
    private StatefulHandlers() {}

    public static HandlerRegistry create(SimulatorContext context) {
        HandlerRegistry registry = new HandlerRegistry();
        GuestStats stats = new GuestStats(context.cluster().clock());
        new AccessHandlers(context).register(registry);
        new NodeHandlers(context, stats).register(registry);
        new StorageHandlers(context.cluster(), context.tasks()).register(registry);
        new PoolHandlers(context.cluster(), stats).register(registry);
        TaskHandlers.register(registry, context.tasks());
        GuestHandlers.register(registry, context, stats);
        return registry;
    }
}
