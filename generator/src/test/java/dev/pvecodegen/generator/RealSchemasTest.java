package dev.pvecodegen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.schema.model.ApiModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real schemas of {@code ../shared/apidoc}: every one generates deterministically, compiles with
 * {@code -Xlint:all,-deprecation -Werror} and passes javadoc. Each schema is generated and compiled once per run
 * (the expensive part); behaviour tests on the real PVE 9.2 client reuse that compilation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSchemasTest {
    private static final String PACKAGE = "dev.pvecodegen.it";

    private final Map<String, GeneratedSources> generated = new HashMap<>();
    private final Map<String, Compiler.Compiled> compiled = new HashMap<>();
    private final Path work;

    RealSchemasTest() throws IOException {
        work = Files.createTempDirectory("pvecodegen-real");
    }

    /** Generation twice, then javac with {@code -Werror} and doclint, then the javadoc tool, for every schema. */
    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2", "pve-7.2", "pbs-4.2"})
    void generatesDeterministicallyAndCompilesWithWerror(String schema) throws Exception {
        GeneratedSources sources = sources(schema);
        assertThat(CodeGenerator.generate(load(schema), GeneratorOptions.defaults(PACKAGE)))
                .isEqualTo(sources);
        Compiler.Compiled result = compiled(schema);
        long start = System.nanoTime();
        Compiler.javadoc(result.sources(), work.resolve(schema));
        long javadocMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "%s: %d files, %d lines, javac %d ms, javadoc %d ms%n",
                schema, sources.files().size(), sources.lineCount(), result.millis(), javadocMillis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pve-9.2", "pve-7.2", "pbs-4.2"})
    void everyOperationHasADocumentedMethod(String schema) {
        Set<String> documented = new HashSet<>();
        sources(schema).files().stream()
                .filter(f -> !f.relativePath().contains("/model/"))
                .forEach(f -> documented.addAll(codeTags(f.content())));
        List<String> missing = load(schema).operations().stream()
                .map(op -> op.key())
                .filter(k -> !documented.contains(k))
                .toList();
        assertThat(missing).isEmpty();
    }

    /** The contents of every inline code tag ({@literal {@code …}}), braces inside balanced. */
    private static List<String> codeTags(String text) {
        List<String> tags = new ArrayList<>();
        for (int at = text.indexOf("{@code "); at >= 0; at = text.indexOf("{@code ", at + 1)) {
            int depth = 1;
            int end = at + "{@code ".length();
            while (end < text.length() && depth > 0) {
                char c = text.charAt(end++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            tags.add(text.substring(at + "{@code ".length(), end - 1));
        }
        return tags;
    }

    /** {@code [{subdir}]} directory indexes of unrelated paths share a class named by its content, not its first use. */
    @Test
    void sharedOnePropertyReturnShapesAreNamedByContent() {
        Map<String, String> files = sources("pve-9.2").files().stream()
                .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
        String model = PACKAGE.replace('.', '/') + "/model/";
        assertThat(files).containsKey(model + "SubdirEntry.java").doesNotContainKey(model + "AccessEntry.java");
        String root = PACKAGE.replace('.', '/') + "/";
        assertThat(files.get(root + "Access.java")).contains("public List<SubdirEntry> get()");
        assertThat(files.get(root + "NodesNodeQemuVmidStatus.java")).contains("public List<SubdirEntry> get()");
        assertThat(files.get(root + "ClusterResources.java")).contains("List<ClusterResource> get(");
    }

    @Test
    void realQemuNetAndDiskFormatsRoundTrip() {
        Reflect code = new Reflect(compiled("pve-9.2").loader());
        String net = "virtio=BC:24:11:2E:C5:4A,bridge=vmbr0,firewall=1";
        assertThat(code.callStatic(PACKAGE + ".model.QemuNet", "parse", net).toString())
                .isEqualTo(net);
        String disk = "local-lvm:vm-101-disk-0,size=32G";
        Object scsi = code.callStatic(PACKAGE + ".model.QemuScsi", "parse", disk);
        assertThat(scsi.toString()).isEqualTo(disk);
        assertThat(Reflect.call(scsi, "size")).isEqualTo(Optional.of("32G"));
    }

    @Test
    void clusterResourcesDecodeLenientlyThroughTheGeneratedCall() {
        Reflect code = new Reflect(compiled("pve-9.2").loader());
        RecordingExecutor executor = new RecordingExecutor();
        executor.data = "[{\"id\":\"qemu/100\",\"type\":\"qemu\",\"vmid\":\"100\",\"maxmem\":\"4294967296\","
                + "\"cpu\":0.25,\"template\":0,\"status\":\"running\",\"future\":{\"x\":1}},"
                + "{\"id\":\"node/pve1\",\"type\":\"node\",\"node\":\"pve1\",\"maxcpu\":\"eight\"}]";
        Object pve = newRoot(code, executor);
        List<?> resources = (List<?>) Reflect.call(Reflect.call(Reflect.call(pve, "cluster"), "resources"), "get");
        assertThat(resources).hasSize(2);
        assertThat(Reflect.call(resources.get(0), "maxmem")).isEqualTo(Optional.of(4294967296L));
        assertThat(Reflect.call(resources.get(0), "rawValue", "future")).isEqualTo(Optional.of(Map.of("x", 1)));
        assertThat(Reflect.call(resources.get(1), "maxcpu")).isEqualTo(Optional.empty());
        assertThat(Reflect.call(resources.get(1), "rawValue", "maxcpu")).isEqualTo(Optional.of("eight"));
        assertThat(executor.last().path()).isEqualTo("/cluster/resources");
    }

    @Test
    void theReadmeExampleCompilesAndSendsWhatItSays() {
        Reflect code = new Reflect(compiled("pve-9.2").loader());
        RecordingExecutor executor = new RecordingExecutor();
        executor.data = "\"UPID:pve1:0000AB12:0001C3D4:65A0B0C0:qmcreate:101:root@pam:\"";
        Object upid = code.callStatic(PACKAGE + ".Example", "createVm", executor);
        assertThat(upid).isEqualTo("UPID:pve1:0000AB12:0001C3D4:65A0B0C0:qmcreate:101:root@pam:");
        assertThat(executor.last().path()).isEqualTo("/nodes/pve1/qemu");
        assertThat(executor.last().params())
                .contains(
                        Map.entry("vmid", "101"),
                        Map.entry("memory", "2048"),
                        Map.entry("net0", "virtio,bridge=vmbr0,firewall=1"),
                        Map.entry("scsi0", "local-lvm:32,ssd=1"));
    }

    @AfterAll
    void cleanUp() throws IOException {
        try (var walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private GeneratedSources sources(String schema) {
        return generated.computeIfAbsent(
                schema, s -> CodeGenerator.generate(load(s), GeneratorOptions.defaults(PACKAGE)));
    }

    /** A user program written against the generated PVE 9.2 API, compiled with it (proves the API shape). */
    private static final String EXAMPLE = """
            package dev.pvecodegen.it;

            import dev.pvecodegen.it.model.CreateQemu;
            import dev.pvecodegen.it.model.QemuMemory;
            import dev.pvecodegen.it.model.QemuNet;
            import dev.pvecodegen.it.model.QemuScsi;
            import dev.pvecodegen.runtime.ApiExecutor;
            import dev.pvecodegen.runtime.task.Task;

            /** Creates a VM the way the README shows. */
            public final class Example {
                private Example() {
                }

                /**
                 * Creates VM 101 on pve1.
                 *
                 * @param client the executor
                 * @return the task's UPID
                 */
                public static String createVm(ApiExecutor client) {
                    Pve pve = new Pve(client);
                    Task create = pve.nodes("pve1").qemu().post(CreateQemu.builder()
                            .vmid(101)
                            .name("web")
                            .memory(QemuMemory.builder().current(2048L).build())
                            .net(0, QemuNet.builder().model(QemuNet.Model.VIRTIO).bridge("vmbr0").firewall(true).build())
                            .scsi(0, QemuScsi.parse("local-lvm:32,ssd=1"))
                            .build());
                    return create.upid().toString();
                }
            }
            """;

    private Compiler.Compiled compiled(String schema) {
        return compiled.computeIfAbsent(schema, s -> {
            try {
                if (s.equals("pve-9.2")) {
                    List<GeneratedFile> files = new ArrayList<>(sources(s).files());
                    files.add(new GeneratedFile("dev/pvecodegen/it/Example.java", EXAMPLE));
                    return Compiler.compile(new GeneratedSources(files), work.resolve(s));
                }
                return Compiler.compile(sources(s), work.resolve(s));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static ApiModel load(String schema) {
        return Fixtures.pinned(schema);
    }

    private static Object newRoot(Reflect code, ApiExecutor executor) {
        try {
            return code.type(PACKAGE + ".Pve").getConstructor(ApiExecutor.class).newInstance(executor);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError(e.getMessage(), e);
        }
    }
}
