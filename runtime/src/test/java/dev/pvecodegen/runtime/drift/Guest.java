package dev.pvecodegen.runtime.drift;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.runtime.support.IndexedFamilies;
import dev.pvecodegen.runtime.support.ResponseObject;
import dev.pvecodegen.runtime.support.TypeRefs;
import java.util.List;
import java.util.SortedMap;

/** A response class written the way the generator writes them: lenient setters, a nested object, a family. */
@IndexedFamilies("net")
public final class Guest extends ResponseObject {
    @JsonProperty("vmid")
    private Long vmid;

    @JsonProperty("status")
    private GuestState status;

    @JsonProperty("maxmem")
    private Long maxmem;

    @JsonProperty("disk")
    private Disk disk;

    @JsonProperty("states")
    private List<GuestState> states;

    @JsonProperty("memory")
    private Memory memory;

    public Guest() {}

    @JsonSetter("vmid")
    private void setVmid(Object raw) {
        this.vmid = readLong("vmid", raw);
    }

    @JsonSetter("status")
    private void setStatus(Object raw) {
        this.status = readText("status", raw, GuestState::of);
    }

    @JsonSetter("maxmem")
    private void setMaxmem(Object raw) {
        this.maxmem = readLong("maxmem", raw);
    }

    @JsonSetter("memory")
    private void setMemory(Object raw) {
        this.memory = readJson("memory", raw, Memory::fromJson);
    }

    @JsonSetter("disk")
    private void setDisk(JsonNode raw) {
        this.disk = readTree("disk", raw, Disk.class);
    }

    @JsonSetter("states")
    private void setStates(JsonNode raw) {
        this.states = readTree("states", raw, TypeRefs.listOf(GuestState.class));
    }

    public Long vmid() {
        return vmid;
    }

    public GuestState status() {
        return status;
    }

    public Long maxmem() {
        return maxmem;
    }

    public Memory memory() {
        return memory;
    }

    public Disk disk() {
        return disk;
    }

    public List<GuestState> states() {
        return states;
    }

    public SortedMap<Integer, Object> net() {
        return family("net", raw -> raw);
    }

    /** A nested object, read through {@code readTree} as generated code reads structured fields. */
    public static final class Disk extends ResponseObject {
        @JsonProperty("size")
        private Long size;

        public Disk() {}

        @JsonSetter("size")
        private void setSize(Object raw) {
            this.size = readLong("size", raw);
        }

        public Long size() {
            return size;
        }
    }
}
