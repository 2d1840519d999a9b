package dev.pvecodegen.simulator.handlers;

import static dev.pvecodegen.schema.model.HttpMethod.DELETE;
import static dev.pvecodegen.schema.model.HttpMethod.GET;
import static dev.pvecodegen.schema.model.HttpMethod.POST;
import static dev.pvecodegen.schema.model.HttpMethod.PUT;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.simulator.http.Json;
import dev.pvecodegen.simulator.state.ClusterState;

/** Resource pools: both the PVE 9 calls with {@code poolid} as a parameter and the older {@code /pools/{poolid}}. */
final class PoolHandlers {
    private final ClusterState cluster;
    private final GuestStats stats;

    PoolHandlers(ClusterState cluster, GuestStats stats) {
        this.cluster = cluster;
        this.stats = stats;
    }

    void register(HandlerRegistry registry) {
        registry.register(GET, "/pools", this::list)
                .register(POST, "/pools", call -> {
                    cluster.createPool(
                            call.required("poolid"), call.text("comment").orElse(null));
                    return Reply.none();
                })
                .register(
                        GET,
                        "/pools/{poolid}",
                        call -> Reply.of(
                                cluster.atomically(() -> detail(cluster.pool(call.required("poolid")), false))))
                .register(PUT, "/pools/{poolid}", this::update)
                .register(PUT, "/pools", this::update)
                .register(DELETE, "/pools/{poolid}", this::delete)
                .register(DELETE, "/pools", this::delete);
    }

    private Reply list(ApiCall call) {
        return Reply.of(cluster.atomically(() -> listPools(call)));
    }

    private ArrayNode listPools(ApiCall call) {
        ArrayNode list = Json.array();
        for (ClusterState.Pool pool : cluster.pools()) {
            if (call.text("poolid").filter(id -> !id.equals(pool.poolid())).isPresent()) {
                continue;
            }
            ObjectNode item = call.has("poolid") ? detail(pool, true) : Json.object();
            item.put("poolid", pool.poolid());
            pool.comment().ifPresent(comment -> item.put("comment", comment));
            list.add(item);
        }
        return list;
    }

    private ObjectNode detail(ClusterState.Pool pool, boolean withId) {
        ObjectNode json = Json.object();
        pool.comment().ifPresent(comment -> json.put("comment", comment));
        ArrayNode members = json.putArray("members");
        for (int vmid : pool.vms()) {
            cluster.findGuest(vmid).ifPresent(guest -> {
                ObjectNode member = stats.resource(guest);
                members.add(member);
            });
        }
        for (String storage : pool.storage()) {
            for (String node : cluster.nodes()) {
                ObjectNode member = members.addObject();
                member.put("id", "storage/" + node + "/" + storage);
                member.put("type", "storage");
                member.put("node", node);
                member.put("storage", storage);
            }
        }
        if (withId) {
            json.put("poolid", pool.poolid());
        }
        return json;
    }

    private Reply update(ApiCall call) {
        cluster.updatePool(
                call.required("poolid"),
                call.text("comment"),
                call.list("vms").stream().map(Integer::valueOf).toList(),
                call.list("storage"),
                call.flag("delete"));
        return Reply.none();
    }

    private Reply delete(ApiCall call) {
        cluster.deletePool(call.required("poolid"));
        return Reply.none();
    }
}
