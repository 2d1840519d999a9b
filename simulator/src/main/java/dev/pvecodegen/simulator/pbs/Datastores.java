package dev.pvecodegen.simulator.pbs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.http.ApiError;
import dev.pvecodegen.simulator.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Backup Server's datastores: their configuration ({@code /config/datastore}) and what the admin and status
 * calls report about them. A simulator on a PBS schema starts with one, {@value #DEFAULT_NAME} at
 * {@code /mnt/datastore/store1}; tests add more through the API or {@link #add}.
 */
public final class Datastores {
    public static final String DEFAULT_NAME = "store1";
    /** The size every simulated datastore reports: 1 TiB. */
    static final long TOTAL_BYTES = 1L << 40;

    private final Map<String, ObjectNode> configs = new LinkedHashMap<>();

    public Datastores() {
        ObjectNode store = Json.object();
        store.put("name", DEFAULT_NAME);
        store.put("path", "/mnt/datastore/" + DEFAULT_NAME);
        store.put("gc-schedule", "daily");
        configs.put(DEFAULT_NAME, store);
    }

    /**
     * Adds a datastore with this configuration ({@code name}, {@code path}, and any other keys of
     * {@code POST /config/datastore}).
     *
     * @throws ApiError when one of that name exists, as the server answers
     */
    public synchronized void add(ObjectNode config) {
        String name = config.path("name").asText();
        if (configs.containsKey(name)) {
            throw new ApiError(400, "datastore '" + name + "' already exists.");
        }
        configs.put(name, config.deepCopy());
    }

    public synchronized void remove(String name) {
        require(name);
        configs.remove(name);
    }

    public synchronized List<String> names() {
        return List.copyOf(configs.keySet());
    }

    /** {@code GET /config/datastore/{name}}. */
    public synchronized ObjectNode config(String name) {
        return require(name).deepCopy();
    }

    /** {@code PUT /config/datastore/{name}}: sets the given keys, removes those listed in {@code delete}. */
    public synchronized void update(String name, ObjectNode changes, List<String> delete) {
        ObjectNode config = require(name);
        changes.properties().forEach(e -> {
            if (!e.getKey().equals("name")
                    && !e.getKey().equals("delete")
                    && !e.getKey().equals("digest")) {
                config.set(e.getKey(), e.getValue());
            }
        });
        delete.forEach(config::remove);
    }

    /** {@code GET /config/datastore}. */
    public synchronized ArrayNode configs() {
        ArrayNode list = Json.array();
        configs.values().forEach(c -> list.add(c.deepCopy()));
        return list;
    }

    /** {@code GET /admin/datastore}: what a user may see of each. */
    public synchronized ArrayNode summaries() {
        ArrayNode list = Json.array();
        for (ObjectNode config : configs.values()) {
            ObjectNode item = list.addObject();
            item.put("store", config.path("name").asText());
            if (config.has("comment")) {
                item.set("comment", config.get("comment"));
            }
            item.put("mount-status", config.has("backing-device") ? "mounted" : "nonremovable");
            item.put("backend-type", "filesystem");
            if (config.has("maintenance-mode")) {
                item.set("maintenance", config.get("maintenance-mode"));
            }
        }
        return list;
    }

    /** {@code GET /admin/datastore/{store}/status}: sizes of the (simulated) file system. */
    public synchronized ObjectNode status(String name) {
        require(name);
        ObjectNode status = Json.object();
        long used = usedBytes(name);
        status.put("total", TOTAL_BYTES);
        status.put("used", used);
        status.put("avail", TOTAL_BYTES - used);
        status.put("backend-type", "filesystem");
        return status;
    }

    /** {@code GET /status/datastore-usage}: every datastore's sizes. */
    public synchronized ArrayNode usage() {
        ArrayNode list = Json.array();
        for (String name : configs.keySet()) {
            ObjectNode item = status(name);
            item.put("store", name);
            item.put("mount-status", "nonremovable");
            list.add(item);
        }
        return list;
    }

    private ObjectNode require(String name) {
        ObjectNode config = configs.get(name);
        if (config == null) {
            throw new ApiError(400, "no such datastore '" + name + "'");
        }
        return config;
    }

    /** A stable, name-dependent fill level between 1 % and 50 %, so that stores differ but never change. */
    private static long usedBytes(String name) {
        return TOTAL_BYTES / 100 * (1 + Math.floorMod(name.hashCode(), 50));
    }
}
