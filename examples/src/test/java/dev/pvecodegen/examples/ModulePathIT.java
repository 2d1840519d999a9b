package dev.pvecodegen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.simulator.PveSimulator;
import dev.pvecodegen.simulator.SimulatorOptions;
import dev.pvecodegen.testkit.PveSimulatorTest;
import dev.pvecodegen.testkit.SimulatorClients;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small program, itself a module, compiled and started on the module path with the packaged jars of pve-client
 * and the runtime (and Jackson): the module names resolve, the runtime pulls in what it needs, and a real call to
 * the simulator works. An integration test (failsafe, after {@code package}): it needs the jars, not classes.
 */
@PveSimulatorTest(nodes = {"pve1", "pve2"})
class ModulePathIT {
    private static final Pattern MODULE_JARS = Pattern.compile(
            "(pve-client|pvecodegen-runtime|jackson-databind|jackson-core|jackson-annotations)-[^/\\\\]*\\.jar");

    @TempDir
    Path work;

    @Test
    void aModularProgramUsesPveClientAndTheRuntime(PveSimulator simulator) throws Exception {
        String modulePath = String.join(File.pathSeparator, moduleJars());
        Path sources = copyProgram();
        Path classes = work.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(
                null,
                null,
                null,
                "--module-path",
                modulePath,
                "-d",
                classes.toString(),
                sources.resolve("module-info.java").toString(),
                sources.resolve("app/ListNodes.java").toString());
        assertThat(compiled).as("javac exit status").isZero();

        SimulatorOptions.Token token = simulator.options().tokens().get(0);
        ProcessBuilder java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path",
                        classes + File.pathSeparator + modulePath,
                        "--module",
                        "app/app.ListNodes",
                        simulator.baseUri().getAuthority(),
                        simulator.certificateSha256Fingerprint(),
                        SimulatorClients.TOKEN_ID)
                .redirectErrorStream(true);
        java.environment().put("PVE_TOKEN_SECRET", token.secret());
        Process process = java.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("client module: dev.pvecodegen.client.pve")
                .contains("runtime module: dev.pvecodegen.runtime")
                .contains("release: 9.2")
                .contains("node: pve1")
                .contains("node: pve2");
    }

    /** The packaged jars from this test's class path; directories mean the build stopped before {@code package}. */
    private static List<String> moduleJars() {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator), -1)) {
            // Jackson 2 (com.fasterxml) only: the simulator brings Jackson 3 (tools.jackson) with the same jar names
            boolean jackson3 = entry.replace('\\', '/').contains("/tools/jackson/");
            if (!jackson3
                    && MODULE_JARS
                            .matcher(Path.of(entry).getFileName().toString())
                            .matches()) {
                jars.add(entry);
            }
        }
        assertThat(jars)
                .as("pve-client, the runtime and Jackson as jars on the class path (run by failsafe in mvn verify)")
                .hasSize(5);
        return jars;
    }

    private Path copyProgram() throws IOException {
        Path sources = work.resolve("src");
        for (String file : List.of("module-info.java", "app/ListNodes.java")) {
            try (InputStream in = ModulePathIT.class.getResourceAsStream("/module-path-app/" + file)) {
                assertThat(in).as(file).isNotNull();
                Path target = sources.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return sources;
    }
}
