package dev.pvecodegen.maven;

import dev.pvecodegen.generator.diff.CompatibilityCheck;
import dev.pvecodegen.generator.diff.ReportFormat;
import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaRef;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Compares the schema against a baseline schema and fails the build when a change would break code written against
 * the client generated from the baseline (removed operations or parameters, type changes, parameters becoming
 * required, enum values removed, return types changed). The full report is written to {@link #reportFile}; the
 * comparison is the one of {@code pvecodegen diff}.
 */
@Mojo(name = "check-compatibility", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckCompatibilityMojo extends AbstractMojo {

    /** How many breaking changes the failure message lists before pointing to the report. */
    private static final int LISTED = 20;

    /** The schema users upgrade from: a pinned name ({@code pve-7.2}), a file relative to the project, or a URL. */
    @Parameter(property = "pvecodegen.baseline", required = true)
    String baseline;

    /** The schema users upgrade to; same forms as {@link #baseline}. */
    @Parameter(property = "pvecodegen.schema", required = true)
    String schema;

    /** Report format: {@code text}, {@code markdown} or {@code json}. */
    @Parameter(property = "pvecodegen.compatibility.format", defaultValue = "text")
    String format;

    /** Where the report goes; by default {@code target/pvecodegen/compatibility-<executionId>.<txt|md|json>}. */
    @Parameter(property = "pvecodegen.compatibility.reportFile")
    File reportFile;

    /** Fail the build when a breaking change is found (otherwise it is only logged as a warning). */
    @Parameter(property = "pvecodegen.failOnBreaking", defaultValue = "true")
    boolean failOnBreaking;

    /** Skip the check. */
    @Parameter(property = "pvecodegen.compatibility.skip", defaultValue = "false")
    boolean skip;

    /**
     * Supplement files applied to both schemas after the shipped one, as for {@code generate}: compare what the
     * client generated with them would see. An empty {@code <supplements/>} leaves the shipped one out.
     */
    @Parameter
    List<File> supplements;

    /** Whether the supplement shipped for the product applies first. */
    @Parameter(property = "pvecodegen.shippedSupplement", defaultValue = "true")
    boolean shippedSupplement = true;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    String executionId;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("pvecodegen: compatibility check skipped");
            return;
        }
        ReportFormat reportFormat = ReportFormat.parse(format == null ? "text" : format.strip())
                .orElseThrow(() -> new MojoFailureException(
                        "pvecodegen: unknown report format '" + format + "' (expected text, markdown or json)"));
        Path base = project.getBasedir().toPath();
        LoadOptions options = LoadOptions.defaults()
                .withOffline(session.isOffline())
                .withClassLoader(getClass().getClassLoader())
                .withSupplements(SupplementConfiguration.selection(supplements, shippedSupplement, base));
        CompatibilityCheck.Result result;
        try {
            result = CompatibilityCheck.run(
                    resolve(baseline, "baseline", base),
                    resolve(schema, "schema", base),
                    options,
                    reportFormat,
                    baseline.strip(),
                    schema.strip());
        } catch (SchemaException e) {
            StringBuilder message = new StringBuilder("pvecodegen: cannot load schema ").append(e.getMessage());
            for (Throwable other : e.getSuppressed()) {
                message.append("\npvecodegen: cannot load schema ").append(other.getMessage());
            }
            throw new MojoFailureException(message.toString(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pvecodegen: " + e.getMessage(), e);
        }
        Path report = writeReport(result.rendered(), reportFormat, base);
        getLog().info("pvecodegen: " + result.summary() + "; report: " + base.relativize(report));
        if (!result.breaking()) {
            return;
        }
        String details = details(result.breakingLines());
        if (failOnBreaking) {
            throw new MojoFailureException("pvecodegen: " + result.breakingCount() + " breaking change"
                    + (result.breakingCount() == 1 ? "" : "s") + " from " + baseline + " to " + schema
                    + " (full report: " + report + "):" + details);
        }
        getLog().warn("pvecodegen: breaking changes from " + baseline + " to " + schema + ":" + details);
    }

    /** Files are relative to the project (as Maven resolves File parameters), not to the working directory. */
    private static String resolve(String text, String parameter, Path base) throws MojoFailureException {
        if (text == null || text.isBlank()) {
            throw new MojoFailureException("pvecodegen: no " + parameter + " configured");
        }
        String trimmed = text.strip();
        SchemaRef ref;
        try {
            ref = SchemaRef.parse(trimmed);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pvecodegen: " + parameter + " '" + trimmed + "': " + e.getMessage(), e);
        }
        boolean projectFile = Files.exists(base.resolve(trimmed));
        if (ref.kind() == SchemaRef.Kind.FILE || (ref.kind() == SchemaRef.Kind.PINNED && projectFile)) {
            return base.resolve(trimmed).normalize().toString();
        }
        return trimmed;
    }

    private Path writeReport(String rendered, ReportFormat reportFormat, Path base) throws MojoExecutionException {
        Path target = reportFile != null
                ? reportFile.toPath()
                : Path.of(
                        project.getBuild().getDirectory(),
                        "pvecodegen",
                        "compatibility-"
                                + (executionId == null || executionId.isBlank()
                                        ? "default"
                                        : executionId.replaceAll("[^A-Za-z0-9._-]", "_"))
                                + "." + reportFormat.fileExtension());
        Path absolute = base.resolve(target).toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Files.writeString(absolute, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "pvecodegen: cannot write the compatibility report " + absolute + ": " + e, e);
        }
        return absolute;
    }

    private static String details(List<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.stream().limit(LISTED).forEach(line -> text.append("\n  ").append(line));
        if (lines.size() > LISTED) {
            text.append("\n  … and ").append(lines.size() - LISTED).append(" more in the report");
        }
        return text.toString();
    }
}
