package dev.pvecodegen.maven;

import dev.pvecodegen.schema.LoadOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import javax.lang.model.SourceVersion;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client for a Proxmox REST API from its apidoc schema and adds it to the compile sources.
 *
 * <p>Cheap when nothing changed: the schema's SHA-256, the generator's own fingerprint and every option are digested
 * into {@code target/pvecodegen/<executionId>.sha256}; when that digest matches and the files it lists are present,
 * the goal returns without parsing the schema or touching a file. Otherwise it regenerates, writes only files whose
 * content changed, and deletes files this execution generated before that are no longer produced.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * The apidoc schema: a pinned name ({@code pve-9.2}, {@code pve-7.2}, {@code pbs-4.2}), a file relative to the
     * project ({@code .js} as served by the API viewer, or JSON), a {@code classpath:} resource of a plugin
     * dependency, or an {@code https://} URL (which needs {@link #schemaSha256}). A pinned name is checked against
     * its known SHA-256 and read from the directory named by {@code -Dpvecodegen.apidoc.dir} or
     * {@code PVECODEGEN_APIDOC_DIR}, else from the first {@code shared/apidoc} above the working or project
     * directory.
     */
    @Parameter(property = "pvecodegen.schema")
    String schema;

    /**
     * The SHA-256 the schema must have (64 hex digits). Required for URLs; optional for files and resources, where it
     * turns an unnoticed schema change into a build failure.
     */
    @Parameter(property = "pvecodegen.schemaSha256")
    String schemaSha256;

    /** The Java package of the generated client, e.g. {@code com.example.pve}. */
    @Parameter(property = "pvecodegen.packageName")
    String packageName;

    /** Where the sources go; added to the project's compile source roots. */
    @Parameter(
            property = "pvecodegen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/pvecodegen")
    File outputDirectory;

    /**
     * API path globs selecting the operations to generate, for example <code>/nodes/&#123;node&#125;/qemu</code> or
     * <code>/cluster/**</code>; all operations when empty. A {@code *} matches within one path segment, {@code **}
     * across segments (and <code>/x/**</code> matches <code>/x</code> itself).
     */
    @Parameter
    List<String> includes;

    /** API path globs removed from the selection (applied after {@link #includes}). */
    @Parameter
    List<String> excludes;

    /**
     * Supplement files ({@code pvecodegen-supplement/1}, see {@code docs/supplement.md}): facts about what servers
     * send that the schema does not declare, and class names. They apply after the supplement shipped with the
     * plugin for the product (PVE), later ones overriding earlier ones; an empty {@code <supplements/>} leaves the
     * shipped one out.
     */
    @Parameter
    List<File> supplements;

    /** Whether the supplement shipped for the product applies first (its facts and class names). */
    @Parameter(property = "pvecodegen.shippedSupplement", defaultValue = "true")
    boolean shippedSupplement = true;

    /** Skip generation. The output directory is still added to the sources, so earlier output keeps compiling. */
    @Parameter(property = "pvecodegen.skip", defaultValue = "false")
    boolean skip;

    /** Regenerate even when the output is up to date (for instance after editing generated files by hand). */
    @Parameter(property = "pvecodegen.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        long started = System.nanoTime();
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        // First, before any early return: an up-to-date or skipped run must still compile the existing sources.
        project.addCompileSourceRoot(output.toString());
        if (skip) {
            getLog().info("pvecodegen: skipped (pvecodegen.skip)");
            return;
        }
        String targetPackage = checkedPackageName();
        Path workDirectory = Path.of(project.getBuild().getDirectory(), "pvecodegen");
        SchemaInput input = SchemaInput.resolve(
                schema,
                schemaSha256,
                new SchemaInput.Context(
                        project.getBasedir().toPath(),
                        workDirectory.resolve("downloads"),
                        session.isOffline(),
                        getClass().getClassLoader()));
        Path stampFile = workDirectory.resolve(stampName(mojoExecution.getExecutionId()));
        Optional<BuildStamp> previous = BuildStamp.read(stampFile);
        FileDigests digests = new FileDigests(previous.<Map<String, FileDigests.Entry>>map(BuildStamp::inputDigests)
                .orElse(Map.of()));
        String schemaDigest = input.sha256(digests);
        long hashed = System.nanoTime();
        String generatorFingerprint = Generation.fingerprint(digests);
        if (getLog().isDebugEnabled()) {
            getLog().debug(String.format(
                    "pvecodegen: schema digest in %s, generator fingerprint in %s",
                    elapsed(started, hashed), elapsed(hashed, System.nanoTime())));
        }
        LoadOptions.SupplementSelection selection = SupplementConfiguration.selection(
                supplements, shippedSupplement, project.getBasedir().toPath());
        List<String> supplementStamp;
        try {
            supplementStamp = SupplementConfiguration.stamp(selection, digests);
        } catch (IOException e) {
            throw new MojoFailureException("pvecodegen: cannot read a supplement: " + e, e);
        }
        StampInputs inputs = new StampInputs(
                schemaDigest,
                generatorFingerprint,
                targetPackage,
                globs(includes),
                globs(excludes),
                output.toString(),
                supplementStamp);
        String digest = inputs.digest();

        if (!force && previous.isPresent() && previous.get().upToDate(digest, output)) {
            getLog().info(String.format(
                    "pvecodegen: %s -> %s: %d operations, %d files, up to date (0 written) in %s",
                    input.displayName(),
                    targetPackage,
                    previous.get().operations(),
                    previous.get().files().size(),
                    elapsed(started)));
            return;
        }

        Generation.Result generated = Generation.run(input, inputs, selection);
        SortedMap<String, String> files = generated.files();
        OutputFiles.Report report;
        try {
            report = new OutputFiles(output)
                    .sync(files, previous.map(BuildStamp::files).orElse(List.of()));
            new BuildStamp(digest, new ArrayList<>(files.keySet()), generated.operations(), digests.used())
                    .write(stampFile);
        } catch (IOException e) {
            throw new MojoExecutionException("pvecodegen: cannot write generated sources to " + output + ": " + e, e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("pvecodegen: " + e.getMessage(), e);
        }
        getLog().info(String.format(
                "pvecodegen: %s -> %s: %d operations, %d files (%d written, %d unchanged, %d removed) in %s",
                input.displayName(),
                targetPackage,
                generated.operations(),
                report.total(),
                report.written(),
                report.unchanged(),
                report.removed(),
                elapsed(started)));
    }

    private String checkedPackageName() throws MojoFailureException {
        if (packageName == null || packageName.isBlank()) {
            throw new MojoFailureException("pvecodegen: no packageName configured. Set <packageName> to the Java "
                    + "package of the generated client, e.g. com.example.pve");
        }
        String name = packageName.strip();
        if (!SourceVersion.isName(name)) {
            throw new MojoFailureException("pvecodegen: packageName '" + name + "' is not a valid Java package name");
        }
        return name;
    }

    private static List<String> globs(List<String> configured) {
        if (configured == null) {
            return List.of();
        }
        return configured.stream()
                .filter(g -> g != null && !g.isBlank())
                .map(String::strip)
                .toList();
    }

    /** One stamp per execution, so two executions in one module never mistake each other's output for their own. */
    static String stampName(String executionId) {
        String id = executionId == null || executionId.isBlank() ? "default" : executionId;
        return id.replaceAll("[^A-Za-z0-9._-]", "_") + ".sha256";
    }

    private static String elapsed(long startedNanos) {
        return elapsed(startedNanos, System.nanoTime());
    }

    private static String elapsed(long startedNanos, long endedNanos) {
        long millis = (endedNanos - startedNanos) / 1_000_000;
        return millis < 10_000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
    }
}
