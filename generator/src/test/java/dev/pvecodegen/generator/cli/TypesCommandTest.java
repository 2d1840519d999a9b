package dev.pvecodegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.generator.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypesCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path fixture() throws Exception {
        return Fixtures.copy("basics", temp);
    }

    @Test
    void listsEveryModelClassWithTheSiteItsNameComesFrom() throws Exception {
        assertThat(run("types", "--schema", fixture().toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll(" +", " "))
                .contains("QemuConfig object GET /nodes/{node}/qemu/{vmid}/config#returns\n")
                .contains("QemuNet.Model enum POST /nodes/{node}/qemu#request/net/model\n")
                .contains("CreateQemu request POST /nodes/{node}/qemu#request\n");
    }

    @Test
    void refusesAnOutputAndAMissingSchema() throws Exception {
        assertThat(run("types")).isEqualTo(1);
        assertThat(run("types", "--schema", fixture().toString(), "--output", "x"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: pvecodegen types");
    }

    @Test
    void helpDescribesEveryOption() {
        assertThat(run("help", "types")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("usage: pvecodegen types ")
                .contains("  --schema ", "  --supplement ", "  --no-supplement ", "  --include ", "  --exclude ");
    }
}
