package dev.pvecodegen.simulator.state;

import dev.pvecodegen.simulator.http.ApiError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The simulated cluster: nodes, guests, storages and pools, in memory. Every method holds the instance lock;
 * handlers that read and then write use {@link #atomically(Supplier)}.
 */
public final class ClusterState {
    private static final long GIB = 1024L * 1024 * 1024;

    /** A resource pool and its members. */
    public static final class Pool {
        final String poolid;
        String comment;
        final Set<Integer> vms = new TreeSet<>();
        final Set<String> storage = new TreeSet<>();

        Pool(String poolid, String comment) {
            this.poolid = poolid;
            this.comment = comment;
        }

        public String poolid() {
            return poolid;
        }

        public Optional<String> comment() {
            return Optional.ofNullable(comment);
        }

        public Set<Integer> vms() {
            return Set.copyOf(vms);
        }

        public Set<String> storage() {
            return Set.copyOf(storage);
        }
    }

    private final List<String> nodes;
    private final Clock clock;
    private final SeededIds ids;
    private final Map<Integer, Guest> guests = new TreeMap<>();
    private final Map<String, StoragePool> storages = new LinkedHashMap<>();
    private final Map<String, Pool> pools = new TreeMap<>();

    public ClusterState(List<String> nodes, Clock clock, SeededIds ids) {
        this.nodes = List.copyOf(nodes);
        this.clock = clock;
        this.ids = ids;
        StoragePool local =
                new StoragePool("local", "dir", "backup,iso,snippets,vztmpl", "/var/lib/vz", false, 100 * GIB);
        long now = clock.instant().getEpochSecond();
        local.volumes.add(new StoragePool.Volume(
                "local:iso/debian-13.1.0-amd64-netinst.iso", "iso", "iso", 783_286_272L, null, now - 86_400));
        local.volumes.add(new StoragePool.Volume(
                "local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst",
                "vztmpl",
                "tzst",
                129_834_200L,
                null,
                now - 86_400));
        storages.put(local.id, local);
        StoragePool lvm = new StoragePool("local-lvm", "lvmthin", "images,rootdir", null, false, 400 * GIB);
        storages.put(lvm.id, lvm);
    }

    public synchronized <T> T atomically(Supplier<T> action) {
        return action.get();
    }

    public Clock clock() {
        return clock;
    }

    public SeededIds ids() {
        return ids;
    }

    public List<String> nodes() {
        return nodes;
    }

    /** Fails like a cluster node proxying to an unknown host. */
    public void requireNode(String node) {
        if (!nodes.contains(node)) {
            throw ApiError.serverError("hostname lookup '" + node + "' failed - failed to get address info for: " + node
                    + ": Name or service not known");
        }
    }

    public synchronized int nextFreeVmid() {
        int vmid = 100;
        while (guests.containsKey(vmid)) {
            vmid++;
        }
        return vmid;
    }

    public synchronized boolean vmidUsed(int vmid) {
        return guests.containsKey(vmid);
    }

    public synchronized Guest createGuest(int vmid, Guest.Kind kind, String node) {
        requireNode(node);
        Guest existing = guests.get(vmid);
        if (existing != null) {
            throw ApiError.serverError("unable to create " + (kind == Guest.Kind.QEMU ? "VM" : "CT") + " " + vmid
                    + " - VM " + vmid + " already exists on node '" + existing.node + "'");
        }
        Guest guest = new Guest(vmid, kind, node);
        guests.put(vmid, guest);
        return guest;
    }

    /** The guest of this kind on this node, or the real server's "does not exist" error. */
    public synchronized Guest guest(Guest.Kind kind, String node, int vmid) {
        requireNode(node);
        Guest guest = guests.get(vmid);
        if (guest == null || guest.kind != kind || !guest.node.equals(node)) {
            throw ApiError.notFound("Configuration file 'nodes/" + node + "/" + kind.configDir + "/" + vmid + ".conf'");
        }
        return guest;
    }

    public synchronized Optional<Guest> findGuest(int vmid) {
        return Optional.ofNullable(guests.get(vmid));
    }

    public synchronized void removeGuest(int vmid) {
        Guest guest = guests.remove(vmid);
        if (guest != null) {
            storages.values().forEach(storage -> storage.volumes.removeIf(v -> v.vmid() != null && v.vmid() == vmid));
            pools.values().forEach(pool -> pool.vms.remove(vmid));
        }
    }

    public synchronized List<Guest> guests() {
        return new ArrayList<>(guests.values());
    }

    public synchronized List<StoragePool> storages() {
        return new ArrayList<>(storages.values());
    }

    public synchronized StoragePool storage(String id) {
        StoragePool storage = storages.get(id);
        if (storage == null) {
            throw ApiError.serverError("storage '" + id + "' does not exist");
        }
        return storage;
    }

    /** Allocates {@code vm-<vmid>-disk-<n>} (or {@code subvol-…} for containers on dir storage) of {@code gib}. */
    public synchronized String allocateDisk(String storageId, int vmid, double gib, String content) {
        StoragePool storage = storage(storageId);
        if (!storage.allows(content)) {
            throw ApiError.serverError("storage '" + storageId + "' does not support content-type '" + content + "'");
        }
        int n = 0;
        while (volumeExists(storageId + ":vm-" + vmid + "-disk-" + n)) {
            n++;
        }
        String volid = storageId + ":vm-" + vmid + "-disk-" + n;
        storage.volumes.add(new StoragePool.Volume(
                volid, content, "raw", (long) (gib * GIB), vmid, clock.instant().getEpochSecond()));
        return volid;
    }

    /** {@code POST …/storage/{storage}/content}: a named volume for a guest. */
    public synchronized String allocateVolume(String storageId, String filename, long bytes, int vmid, String format) {
        StoragePool storage = storage(storageId);
        if (!filename.startsWith("vm-" + vmid + "-") && !filename.startsWith("base-" + vmid + "-")) {
            throw ApiError.serverError("illegal name '" + filename + "' - should be 'vm-" + vmid + "-*'");
        }
        String volid = storageId + ":" + filename;
        if (volumeExists(volid)) {
            throw ApiError.serverError("volume '" + volid + "' already exists");
        }
        storage.volumes.add(new StoragePool.Volume(
                volid, "images", format, bytes, vmid, clock.instant().getEpochSecond()));
        return volid;
    }

    /** The volume {@code storage:name} (or just {@code name} on that storage). */
    public synchronized StoragePool.Volume volume(String storageId, String volume) {
        String volid = volume.contains(":") ? volume : storageId + ":" + volume;
        return storage(storageId).volumes.stream()
                .filter(v -> v.volid().equals(volid))
                .findFirst()
                .orElseThrow(() -> ApiError.serverError("volume '" + volid + "' does not exist"));
    }

    /** Records a volume's new size (disk resize). */
    public synchronized void resizeVolume(String volid, long bytes) {
        for (StoragePool storage : storages.values()) {
            storage.volumes.replaceAll(v -> v.volid().equals(volid)
                    ? new StoragePool.Volume(v.volid(), v.content(), v.format(), bytes, v.vmid(), v.ctime())
                    : v);
        }
    }

    public synchronized void freeVolume(String volid) {
        storages.values()
                .forEach(storage -> storage.volumes.removeIf(v -> v.volid().equals(volid)));
    }

    private boolean volumeExists(String volid) {
        return storages.values().stream()
                .anyMatch(s -> s.volumes.stream().anyMatch(v -> v.volid().equals(volid)));
    }

    public synchronized List<Pool> pools() {
        return new ArrayList<>(pools.values());
    }

    public synchronized Pool pool(String poolid) {
        Pool pool = pools.get(poolid);
        if (pool == null) {
            throw ApiError.serverError("pool '" + poolid + "' does not exist");
        }
        return pool;
    }

    public synchronized void createPool(String poolid, String comment) {
        if (pools.containsKey(poolid)) {
            throw ApiError.serverError("create pool failed: pool '" + poolid + "' already exists");
        }
        pools.put(poolid, new Pool(poolid, comment));
    }

    /** Updates a pool's comment and members; {@code delete} removes the listed members instead of adding them. */
    public synchronized void updatePool(
            String poolid, Optional<String> comment, List<Integer> vms, List<String> storage, boolean delete) {
        Pool pool = pool(poolid);
        comment.ifPresent(text -> pool.comment = text);
        for (int vmid : vms) {
            Guest guest = guests.get(vmid);
            if (guest == null) {
                throw ApiError.serverError("VM " + vmid + " does not exist");
            }
            if (delete) {
                pool.vms.remove(vmid);
                guest.pool = null;
            } else {
                if (guest.pool != null && !guest.pool.equals(poolid)) {
                    throw ApiError.serverError("VM " + vmid + " is already a pool member");
                }
                pool.vms.add(vmid);
                guest.pool = poolid;
            }
        }
        for (String id : storage) {
            storage(id);
            if (delete) {
                pool.storage.remove(id);
            } else {
                pool.storage.add(id);
            }
        }
    }

    public synchronized void deletePool(String poolid) {
        Pool pool = pool(poolid);
        if (!pool.vms.isEmpty() || !pool.storage.isEmpty()) {
            throw ApiError.serverError("pool '" + poolid + "' is not empty");
        }
        pools.remove(poolid);
    }

    /** Puts a new guest into a pool (the {@code pool} parameter of create calls). */
    public synchronized void joinPool(Guest guest, String poolid) {
        Pool pool = pool(poolid);
        pool.vms.add(guest.vmid);
        guest.pool = poolid;
    }
}
