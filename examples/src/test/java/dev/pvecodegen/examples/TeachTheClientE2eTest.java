package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pvecodegen.client.pve.Pve;
import dev.pvecodegen.generator.cli.Main;
import dev.pvecodegen.runtime.ApiExecutor;
import dev.pvecodegen.runtime.PveClient;
import dev.pvecodegen.runtime.drift.DriftEntry;
import dev.pvecodegen.runtime.drift.DriftKind;
import dev.pvecodegen.simulator.PveSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, the whole loop: a cluster sends fields the schema does not declare (the simulator replaying answers with
 * extra fields), the client records what it receives, {@code pvecodegen learn} turns the recordings into a
 * supplement, {@code pvecodegen generate} regenerates the client with it, and the fields the stock client kept raw
 * are read through typed accessors of the regenerated one (compiled here with javac and called against the same
 * simulator).
 */
class TeachTheClientE2eTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target", "teach-the-client");
    private static final String PACKAGE = "com.example.cluster";

    @TempDir
    Path seed;

    @TempDir
    Path recorded;

    @Test
    void recordedAnswersTeachTheRegeneratedClientTheirFields() throws Exception {
        deleteTree(WORK); // a fresh start: generate refuses a directory holding what an older build left
        clusterWithPluginFields();

        // 1. Record: the stock client keeps the extra fields raw and records every answer.
        try (PveSimulator cluster =
                        PveSimulator.start(Simulators.options().answers(seed).build());
                PveClient client = Simulators.pinnedClient(cluster)
                        .apiToken(Simulators.TOKEN_ID, Simulators.TOKEN_SECRET)
                        .recordAnswers(recorded)
                        .build()) {
            Pve pve = new Pve(client);
            var version = pve.version().get();
            pve.nodes().get();
            var nodes = pve.nodes().get(); // twice: values repeated across answers are what enums are made of

            assertThat(version.rawValue("plugin-build")).contains("2026.1");
            assertThat(nodes.get(0).rawValue("power-profile")).contains("balanced");
            assertThat(client.drift().ofKind(DriftKind.UNDECLARED_FIELD))
                    .extracting(DriftEntry::field)
                    .contains("/plugin-build", "/plugin", "/console-nic", "/*/ha-fenced", "/*/power-profile");
        }

        // 2. Learn.
        Path learned = WORK.resolve("my-cluster.supplement.json");
        Result learn = pvecodegen(
                "learn", "--schema", "pve-9.2", "--answers", recorded.toString(), "--output", learned.toString());
        assertThat(learn.status()).as(learn.err()).isZero();
        String supplement = Files.readString(learned);
        assertThat(supplement)
                .contains("\"plugin-build\"", "\"power-profile\"", "\"ha-fenced\"", "\"console-nic\"")
                .contains("in 2 recorded answers, server versions 9.2");

        // 3. Generate with the learned supplement, and compile.
        Path sources = WORK.resolve("src");
        Result generate = pvecodegen(
                "generate",
                "--schema",
                "pve-9.2",
                "--supplement",
                learned.toString(),
                "--include",
                "/version",
                "--include",
                "/nodes",
                "--package",
                PACKAGE,
                "--output",
                sources.toString());
        assertThat(generate.status()).as(generate.err()).isZero();
        Path classes = compile(sources);

        // The regenerated client reads the fields through typed accessors.
        try (PveSimulator cluster =
                        PveSimulator.start(Simulators.options().answers(seed).build());
                PveClient client = Simulators.tokenClient(cluster);
                URLClassLoader loader = new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Object root = loader.loadClass(PACKAGE + ".Pve")
                    .getConstructor(ApiExecutor.class)
                    .newInstance(client);
            Object version = call(call(root, "version"), "get");
            assertThat(call(version, "pluginBuild")).isEqualTo("2026.1");
            assertThat(call(version, "pluginApi")).isEqualTo(3L);
            Object plugin = call(version, "plugin");
            assertThat(call(plugin, "name")).isEqualTo("acme-storage");
            assertThat(call(plugin, "abi")).isEqualTo(7L);
            Object nic = call(version, "consoleNic");
            assertThat(call(nic, "bridge")).isEqualTo("vmbr0");
            assertThat(call(nic, "macaddr")).isEqualTo("BC:24:11:2A:3B:4C");

            List<?> nodes = (List<?>) call(call(root, "nodes"), "get");
            assertThat(nodes).hasSize(3);
            assertThat(nodes.stream().map(n -> call(n, "haFenced")).toList()).containsExactly(false, true, false);
            Object profile = call(nodes.get(1), "powerProfile");
            assertThat(profile.getClass().getSimpleName()).endsWith("PowerProfile");
            assertThat(call(profile, "wireValue")).isEqualTo("performance");
            assertThat(call(profile, "isKnown")).isEqualTo(true);

            // Nothing the cluster sends is a surprise to the regenerated client any more.
            assertThat(client.drift().entries()).isEmpty();
        }
    }

    /**
     * The replayed cluster: what the simulator answers to {@code GET /version} and {@code GET /nodes}, plus fields of
     * a storage plugin that no schema declares.
     */
    private void clusterWithPluginFields() throws IOException {
        try (PveSimulator cluster = PveSimulator.start(
                        Simulators.options().nodes("pve1", "pve2", "pve3").build());
                PveClient client = Simulators.pinnedClient(cluster)
                        .apiToken(Simulators.TOKEN_ID, Simulators.TOKEN_SECRET)
                        .recordAnswers(seed)
                        .build()) {
            Pve pve = new Pve(client);
            pve.version().get();
            pve.nodes().get();
        }
        List<Path> files = files(seed);
        assertThat(files).hasSize(2);
        ObjectNode version = (ObjectNode) JSON.readTree(files.get(0).toFile());
        ObjectNode versionData = (ObjectNode) version.get("data");
        versionData.put("plugin-build", "2026.1");
        versionData.put("plugin-api", 3);
        versionData.putObject("plugin").put("name", "acme-storage").put("abi", 7);
        versionData.put("console-nic", "virtio=BC:24:11:2A:3B:4C,bridge=vmbr0");
        Files.writeString(files.get(0), JSON.writeValueAsString(version));
        ObjectNode nodes = (ObjectNode) JSON.readTree(files.get(1).toFile());
        assertThat(nodes.get("data")).hasSize(3);
        String[] profiles = {"balanced", "performance", "balanced"};
        for (int i = 0; i < 3; i++) {
            ObjectNode node = (ObjectNode) nodes.get("data").get(i);
            node.put("ha-fenced", i % 2);
            node.put("power-profile", profiles[i]);
        }
        Files.writeString(files.get(1), JSON.writeValueAsString(nodes));
    }

    private record Result(int status, String out, String err) {}

    private static Result pvecodegen(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Compiles the generated sources against the test classpath (the runtime and Jackson), as a user's build does. */
    private static Path compile(Path sources) throws IOException {
        Path classes = Files.createDirectories(WORK.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of(
                "-Xlint:all,-deprecation",
                "-Werror",
                "-proc:none",
                "-encoding",
                "UTF-8",
                "--release",
                "17",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString()));
        files(sources).stream().filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, null, diagnostics, arguments.toArray(String[]::new));
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** Calls a public no-argument method; an {@code Optional} answer is unwrapped (empty fails the test). */
    private static Object call(Object target, String method) {
        try {
            Object value = target.getClass().getMethod(method).invoke(target);
            if (value instanceof Optional<?> optional) {
                assertThat(optional).as(method + "()").isPresent();
                return optional.get();
            }
            return value;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new AssertionError(target.getClass().getName() + " has no accessor " + method + "()", e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + "() failed", e.getCause());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
