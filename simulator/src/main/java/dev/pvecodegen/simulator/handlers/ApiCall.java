package dev.pvecodegen.simulator.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.simulator.auth.Identity;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One verified call as a handler sees it.
 *
 * @param operation the routed operation
 * @param concretePath the API path as called ({@code /nodes/pve/qemu/100/config})
 * @param typed the verified parameters, typed (path variables included; property strings as objects)
 * @param wire the parameters as sent, text (what a config file stores)
 * @param identity who calls
 * @param taskOutcome an injected exit status for tasks this call starts
 */
public record ApiCall(
        Operation operation,
        String concretePath,
        ObjectNode typed,
        Map<String, JsonNode> wire,
        Identity identity,
        Optional<String> taskOutcome) {

    public ApiCall {
        wire = Map.copyOf(wire);
    }

    public boolean has(String name) {
        return typed.hasNonNull(name);
    }

    /** A parameter as the wire text, e.g. {@code virtio=AA:…,bridge=vmbr0} for a property string. */
    public Optional<String> text(String name) {
        JsonNode value = wire.get(name);
        if (value == null) {
            JsonNode typedValue = typed.get(name);
            return Optional.ofNullable(Json.text(typedValue));
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(item -> joined.append(joined.length() == 0 ? "" : ",").append(item.asText()));
            return Optional.of(joined.toString());
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean() ? "1" : "0");
        }
        return Optional.ofNullable(Json.text(value));
    }

    /** A list parameter's items: a JSON array, or text split like the server's {@code split_list}. */
    public List<String> list(String name) {
        List<String> items = new ArrayList<>();
        JsonNode value = typed.get(name);
        if (value != null && value.isArray()) {
            value.forEach(item -> items.add(item.asText()));
        } else if (value != null && !value.isNull()) {
            for (String item : value.asText().split("[,;\\s]+", -1)) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    public String required(String name) {
        return text(name).orElseThrow(() -> ApiError.parameter(name, "property is missing and it is not optional"));
    }

    public Optional<Long> integer(String name) {
        JsonNode value = typed.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asLong());
    }

    public int vmid() {
        return (int) integer("vmid")
                .orElseThrow(() -> ApiError.parameter("vmid", "property is missing"))
                .longValue();
    }

    public String node() {
        return required("node");
    }

    public boolean flag(String name) {
        JsonNode value = typed.get(name);
        return value != null
                && (value.isBoolean() ? value.asBoolean() : value.asText().equals("1"));
    }
}
