package dev.pvecodegen.simulator.handlers;

import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stateful handlers by operation key ({@code POST /nodes/{node}/qemu}). Operations without one are answered by the
 * response synthesizer. Registering a path the loaded schema lacks is harmless (older schemas lack some calls).
 */
public final class HandlerRegistry {
    private final Map<String, OperationHandler> handlers = new TreeMap<>();

    public HandlerRegistry register(HttpMethod method, String pathTemplate, OperationHandler handler) {
        handlers.put(method + " " + pathTemplate, handler);
        return this;
    }

    public Optional<OperationHandler> find(Operation operation) {
        return Optional.ofNullable(handlers.get(operation.key()));
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(handlers.keySet());
    }
}
