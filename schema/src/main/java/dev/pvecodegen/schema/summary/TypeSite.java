package dev.pvecodegen.schema.summary;

import dev.pvecodegen.schema.model.ApiType;
import java.util.Objects;

/**
 * A type together with where it occurs, e.g. {@code POST /nodes/{node}/qemu › net[n] › model} or
 * {@code GET /cluster/resources › returns[] › maxcpu}.
 *
 * @param location human-readable location
 * @param type the type found there
 */
public record TypeSite(String location, ApiType type) {
    public TypeSite {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
    }
}
