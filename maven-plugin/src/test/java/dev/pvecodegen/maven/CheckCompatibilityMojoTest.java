package dev.pvecodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal, constructed directly, comparing the hand-written fixture schema with an edited copy. */
class CheckCompatibilityMojoTest {

    @TempDir
    Path project;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void schemas() throws IOException, URISyntaxException {
        String fixture = Files.readString(
                Path.of(getClass().getResource("/fixtures/mini-pve.json").toURI()));
        Files.createDirectories(project.resolve("apidoc"));
        Files.writeString(project.resolve("apidoc/baseline.json"), fixture);
        String edited = fixture.replace(
                "\"enum\": [\"unknown\", \"online\", \"offline\"]", "\"enum\": [\"online\", \"offline\"]");
        assertThat(edited).isNotEqualTo(fixture);
        Files.writeString(project.resolve("apidoc/current.json"), edited);
    }

    @Test
    void identicalSchemasPassAndWriteATextReport() throws Exception {
        mojo("apidoc/baseline.json", "apidoc/baseline.json").execute();
        Path report = project.resolve("target/pvecodegen/compatibility-default.txt");
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .startsWith("Schema diff: apidoc/baseline.json (sha256 ")
                .contains("Changes: 0 breaking, 0 additive, 0 neutral");
        assertThat(infos)
                .singleElement()
                .asString()
                .isEqualTo("pvecodegen: apidoc/baseline.json -> "
                        + "apidoc/baseline.json: 0 operations added, 0 removed; 0 breaking, 0 additive, 0 neutral changes; "
                        + "report: target/pvecodegen/compatibility-default.txt");
        assertThat(warnings).isEmpty();
    }

    @Test
    void breakingChangeFailsTheBuildNamingIt() {
        CheckCompatibilityMojo mojo = mojo("apidoc/baseline.json", "apidoc/current.json");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("pvecodegen: 1 breaking change from apidoc/baseline.json to "
                        + "apidoc/current.json (full report: ")
                .hasMessageContaining("\n  GET /nodes › returns[].status: enum value removed: `unknown`");
        assertThat(project.resolve("target/pvecodegen/compatibility-default.txt"))
                .isRegularFile();
    }

    @Test
    void reportOnlyModeWarnsAndHonoursFormatAndReportFile() throws Exception {
        CheckCompatibilityMojo mojo = mojo("apidoc/baseline.json", "apidoc/current.json");
        mojo.failOnBreaking = false;
        mojo.format = "json";
        mojo.reportFile = project.resolve("reports/compat.json").toFile();
        mojo.execute();
        assertThat(Files.readString(project.resolve("reports/compat.json"))).contains("\"breaking\" : true");
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith("pvecodegen: breaking changes from ")
                .contains("GET /nodes › returns[].status: enum value removed: `unknown`");
    }

    @Test
    void unreadableSchemaAndBadFormatFailClearly() {
        assertThatThrownBy(mojo("apidoc/missing.json", "apidoc/current.json")::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("cannot load schema")
                .hasMessageContaining("missing.json");
        CheckCompatibilityMojo badFormat = mojo("apidoc/baseline.json", "apidoc/current.json");
        badFormat.format = "yaml";
        assertThatThrownBy(badFormat::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("pvecodegen: unknown report format 'yaml' (expected text, markdown or json)");
    }

    @Test
    void skipDoesNothing() throws Exception {
        CheckCompatibilityMojo mojo = mojo("apidoc/missing.json", "apidoc/missing.json");
        mojo.skip = true;
        mojo.execute();
        assertThat(project.resolve("target")).doesNotExist();
    }

    // maven-core 3.8.7 has no session constructor that is not deprecated; the mojo only asks it whether the build is
    // offline.
    @SuppressWarnings("deprecation")
    private CheckCompatibilityMojo mojo(String baseline, String schema) {
        MavenProject mavenProject = new MavenProject();
        mavenProject.setFile(project.resolve("pom.xml").toFile());
        mavenProject.getBuild().setDirectory(project.resolve("target").toString());
        CheckCompatibilityMojo mojo = new CheckCompatibilityMojo();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        mojo.project = mavenProject;
        mojo.session = new MavenSession(null, null, new DefaultMavenExecutionRequest(), null);
        mojo.baseline = baseline;
        mojo.schema = schema;
        mojo.format = "text";
        mojo.failOnBreaking = true;
        return mojo;
    }
}
