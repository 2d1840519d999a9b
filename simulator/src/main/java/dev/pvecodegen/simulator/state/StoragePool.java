package dev.pvecodegen.simulator.state;

import java.util.ArrayList;
import java.util.List;

/** A configured storage ({@code local}, {@code local-lvm}) and the volumes on it. Guarded by ClusterState. */
public final class StoragePool {

    /** One volume: {@code local-lvm:vm-100-disk-0}, {@code local:iso/debian.iso}. */
    public record Volume(String volid, String content, String format, long size, Integer vmid, long ctime) {}

    final String id;
    final String type;
    final String content;
    final String path;
    final boolean shared;
    final long total;
    final List<Volume> volumes = new ArrayList<>();

    StoragePool(String id, String type, String content, String path, boolean shared, long total) {
        this.id = id;
        this.type = type;
        this.content = content;
        this.path = path;
        this.shared = shared;
        this.total = total;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String content() {
        return content;
    }

    public String path() {
        return path;
    }

    public boolean shared() {
        return shared;
    }

    public long total() {
        return total;
    }

    public List<Volume> volumes() {
        return List.copyOf(volumes);
    }

    public long used() {
        return volumes.stream().mapToLong(Volume::size).sum();
    }

    public boolean allows(String contentType) {
        return List.of(content.split(",")).contains(contentType);
    }
}
