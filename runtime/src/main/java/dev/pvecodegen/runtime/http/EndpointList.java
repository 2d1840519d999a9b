package dev.pvecodegen.runtime.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The hosts of a cluster in failover order, starting with the one that answered last. Thread-safe. */
public final class EndpointList {
    private final List<Endpoint> endpoints;
    private final AtomicInteger preferred = new AtomicInteger();

    public EndpointList(List<Endpoint> endpoints) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("at least one host is needed");
        }
        this.endpoints = List.copyOf(endpoints);
    }

    /** All hosts, the last good one first, the others in configured order after it. */
    public List<Endpoint> inFailoverOrder() {
        int start = preferred.get();
        if (start == 0) {
            return endpoints;
        }
        List<Endpoint> order = new ArrayList<>(endpoints.size());
        for (int i = 0; i < endpoints.size(); i++) {
            order.add(endpoints.get((start + i) % endpoints.size()));
        }
        return order;
    }

    /** Remembers the host that answered, so later calls go there first. */
    public void markGood(Endpoint endpoint) {
        int index = endpoints.indexOf(endpoint);
        if (index >= 0) {
            preferred.set(index);
        }
    }

    /** The host calls go to first. */
    public Endpoint current() {
        return endpoints.get(preferred.get());
    }

    public List<Endpoint> all() {
        return endpoints;
    }
}
