package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The top level of the command: {@code --version}, the usage, and {@code --help} of every command. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheBuiltVersionThePinnedSchemasAndJava() {
        for (String flag : new String[] {"--version", "-V", "version"}) {
            assertThat(run(flag)).isZero();
            assertThat(out())
                    .as(flag)
                    .containsPattern("^pvecodegen \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R")
                    .contains("pinned schemas: pve-9.2 (Proxmox VE 9.2), pve-7.2 (Proxmox VE 7.2),"
                            + " pbs-4.2 (Proxmox Backup Server 4.2)")
                    .contains("java " + Runtime.version());
        }
        assertThat(VersionInfo.version()).doesNotContain("${");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("pvecodegen --version");
        for (Command command : Main.commands()) {
            assertThat(out()).contains(command.name()).contains(command.summary());
        }
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (Command command : Main.commands()) {
            for (String[] args :
                    new String[][] {{command.name(), "--help"}, {command.name(), "-h"}, {"help", command.name()}}) {
                assertThat(run(args)).as(String.join(" ", args)).isZero();
                assertThat(out()).as(String.join(" ", args)).startsWith("usage: pvecodegen " + command.name() + " ");
                assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            }
        }
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(run()).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: pvecodegen <command>");
    }
}
