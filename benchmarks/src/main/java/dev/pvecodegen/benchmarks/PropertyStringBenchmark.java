package dev.pvecodegen.benchmarks;

import dev.pvecodegen.client.pve.model.QemuNet;
import dev.pvecodegen.client.pve.model.QemuScsi;
import dev.pvecodegen.runtime.codec.PropertyStrings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Read-modify-write of the property strings users touch most: parse a value as {@code GET …/config} returns it,
 * then format it back as {@code PUT …/config} sends it. {@code net} and the SCSI disk go through the generated value
 * classes; {@code boot} ({@code pve-qm-boot}, a format whose sub-keys apidoc omits) is an opaque {@code String} in
 * the generated client, so it goes through the runtime codec that a caller would use for it. Reported in ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PropertyStringBenchmark {
    /** As the server writes {@code net0}: the model's key carries the MAC address. */
    public String net = "virtio=BC:24:11:2A:3B:4C,bridge=vmbr0,firewall=1,tag=20";
    /** As the server writes {@code scsi0}: the volume as the bare default key, then the options. */
    public String disk = "local-lvm:vm-100-disk-0,cache=writeback,discard=on,iothread=1,size=32G,ssd=1";

    public String boot = "order=scsi0;ide2;net0";

    @Setup
    public void check() {
        QemuNet parsedNet = QemuNet.parse(net);
        if (!parsedNet.model().equals(QemuNet.Model.VIRTIO)
                || !parsedNet.macaddr().orElseThrow().equals("BC:24:11:2A:3B:4C")
                || parsedNet.tag().orElseThrow() != 20
                || !parsedNet.firewall().orElseThrow()
                || !QemuNet.parse(parsedNet.wireValue()).equals(parsedNet)) {
            throw new IllegalStateException("net did not survive a round trip: " + parsedNet.wireValue());
        }
        QemuScsi parsedDisk = QemuScsi.parse(disk);
        if (!parsedDisk.file().equals("local-lvm:vm-100-disk-0")
                || !parsedDisk.iothread().orElseThrow()
                || !parsedDisk.size().orElseThrow().equals("32G")
                || !QemuScsi.parse(parsedDisk.wireValue()).equals(parsedDisk)) {
            throw new IllegalStateException("disk did not survive a round trip: " + parsedDisk.wireValue());
        }
        if (!bootParseFormat().equals(boot)) {
            throw new IllegalStateException("boot did not survive a round trip: " + bootParseFormat());
        }
    }

    @Benchmark
    public String netParseFormat() {
        return QemuNet.parse(net).wireValue();
    }

    @Benchmark
    public String diskParseFormat() {
        return QemuScsi.parse(disk).wireValue();
    }

    @Benchmark
    public String bootParseFormat() {
        return PropertyStrings.join(PropertyStrings.split(boot));
    }
}
