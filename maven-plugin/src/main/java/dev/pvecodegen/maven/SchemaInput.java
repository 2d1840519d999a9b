package dev.pvecodegen.maven;

import dev.pvecodegen.schema.LoadOptions;
import dev.pvecodegen.schema.PinnedSchema;
import dev.pvecodegen.schema.PinnedSchemas;
import dev.pvecodegen.schema.SchemaException;
import dev.pvecodegen.schema.SchemaRef;
import dev.pvecodegen.schema.read.SchemaFetcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The {@code schema} parameter, resolved against the project: a pinned name, a file (relative to the project
 * directory), a {@code classpath:} resource of a plugin dependency, or an {@code https://} URL.
 *
 * <p>The point of this class is to know the schema's SHA-256 <em>before</em> parsing it, cheaply: local schemas are
 * read and hashed (milliseconds), a URL is identified by its mandatory {@code schemaSha256} and downloaded only when
 * the output is not up to date. Downloads are kept under {@code target/pvecodegen/downloads/<sha256>} so that a later
 * offline build can still regenerate after a configuration change.
 */
final class SchemaInput {

    /** Where the project is, and how this build may fetch things. */
    record Context(Path baseDirectory, Path downloadDirectory, boolean offline, ClassLoader classLoader) {
        Context {
            Objects.requireNonNull(baseDirectory, "baseDirectory");
            Objects.requireNonNull(downloadDirectory, "downloadDirectory");
            Objects.requireNonNull(classLoader, "classLoader");
        }
    }

    private final String displayName;
    private final SchemaRef ref;
    private final Optional<String> expectedSha256;
    private final Context context;
    private byte[] bytes;

    private SchemaInput(String displayName, SchemaRef ref, Optional<String> expectedSha256, Context context) {
        this.displayName = displayName;
        this.ref = ref;
        this.expectedSha256 = expectedSha256;
        this.context = context;
    }

    /**
     * Interprets the {@code schema} and {@code schemaSha256} parameters.
     *
     * @throws MojoFailureException on an unusable combination (no schema, bad checksum syntax, URL without checksum)
     */
    static SchemaInput resolve(String schema, String schemaSha256, Context context) throws MojoFailureException {
        if (schema == null || schema.isBlank()) {
            throw new MojoFailureException("pvecodegen: no schema configured. Set <schema> to a pinned name ("
                    + String.join(
                            ", ",
                            PinnedSchemas.all().stream().map(PinnedSchema::name).toList())
                    + "), a file, a classpath: resource or an https:// URL.");
        }
        String text = schema.strip();
        Optional<String> declared = Optional.empty();
        if (schemaSha256 != null && !schemaSha256.isBlank()) {
            String normalised = Sha256.normalise(schemaSha256);
            if (normalised == null) {
                throw new MojoFailureException("pvecodegen: schemaSha256 '" + schemaSha256.strip()
                        + "' is not a SHA-256 digest (64 hexadecimal digits)");
            }
            declared = Optional.of(normalised);
        }
        SchemaRef ref = parse(text, context.baseDirectory());
        if (ref.kind() == SchemaRef.Kind.URL && declared.isEmpty()) {
            throw new MojoFailureException("pvecodegen: schema " + text + " is a URL but no schemaSha256 is set. "
                    + "A downloaded schema decides what code is generated, so it must be pinned: add "
                    + "<schemaSha256> with the SHA-256 of the file (sha256sum apidoc.js).");
        }
        if (ref.kind() == SchemaRef.Kind.PINNED) {
            PinnedSchema pinned = PinnedSchemas.find(ref.location()).orElseThrow();
            if (declared.isPresent() && !declared.get().equals(pinned.sha256())) {
                throw new MojoFailureException("pvecodegen: schemaSha256 " + declared.get() + " contradicts the pinned "
                        + "checksum of " + pinned.name() + " (" + pinned.sha256() + ")");
            }
            declared = Optional.of(pinned.sha256());
        }
        return new SchemaInput(text, ref, declared, context);
    }

    private static SchemaRef parse(String text, Path baseDirectory) throws MojoFailureException {
        SchemaRef ref;
        try {
            ref = SchemaRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pvecodegen: schema '" + text + "': " + e.getMessage());
        }
        boolean projectFile = Files.exists(baseDirectory.resolve(text));
        if (ref.kind() == SchemaRef.Kind.FILE || (ref.kind() == SchemaRef.Kind.PINNED && projectFile)) {
            // Maven resolves File parameters against the project, not the working directory; so do we.
            return SchemaRef.file(baseDirectory.resolve(text).normalize());
        }
        return ref;
    }

    /** The schema as the user wrote it: stable across machines, so safe to appear in generated output. */
    String displayName() {
        return displayName;
    }

    SchemaRef.Kind kind() {
        return ref.kind();
    }

    /**
     * The SHA-256 identifying this schema for the up-to-date check, checked against a declared checksum. A URL
     * answers with its declared checksum without any network access; a file's digest is reused from the last run
     * while its size and modification time are unchanged; a class-path resource is read and hashed.
     */
    String sha256(FileDigests digests) throws MojoFailureException {
        return switch (ref.kind()) {
            case URL -> expectedSha256.orElseThrow();
            case CLASSPATH -> Sha256.hex(bytes());
            case FILE, PINNED -> {
                Path file = localFile();
                String actual;
                try {
                    actual = digests.sha256(file);
                } catch (IOException e) {
                    throw new MojoFailureException(
                            "pvecodegen: cannot read schema " + displayName + " (" + file + "): " + e);
                }
                verify(actual);
                yield actual;
            }
        };
    }

    private Path localFile() throws MojoFailureException {
        if (ref.kind() == SchemaRef.Kind.FILE) {
            return Path.of(ref.location());
        }
        return locatePinned(PinnedSchemas.find(ref.location()).orElseThrow());
    }

    /** The schema's bytes, verified against the declared checksum; read (or downloaded) at most once. */
    byte[] bytes() throws MojoFailureException {
        if (bytes == null) {
            if (ref.kind() == SchemaRef.Kind.URL) {
                bytes = download(); // verified before it is cached
            } else {
                byte[] read = readLocal();
                verify(read);
                bytes = read;
            }
        }
        return bytes;
    }

    private byte[] readLocal() throws MojoFailureException {
        try {
            if (ref.kind() == SchemaRef.Kind.CLASSPATH) {
                return SchemaFetcher.fetch(ref, loadOptions());
            }
            return SchemaFetcher.readFile(localFile(), displayName);
        } catch (SchemaException e) {
            throw new MojoFailureException("pvecodegen: cannot read schema " + e.getMessage(), e);
        }
    }

    /**
     * The pinned file: the schema module's own lookup (system property, environment, working directory), else the
     * first {@code shared/apidoc} above the project, so a build started from another directory still finds it.
     */
    private Path locatePinned(PinnedSchema pinned) throws MojoFailureException {
        Optional<Path> located = PinnedSchemas.locate(pinned);
        if (located.isPresent()) {
            return located.get();
        }
        for (Path dir = context.baseDirectory().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("apidoc").resolve(pinned.fileName());
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new MojoFailureException("pvecodegen: pinned schema " + pinned.name() + " (" + pinned.fileName()
                + ") not found: set -D" + PinnedSchemas.DIR_PROPERTY + "=DIR or the environment variable "
                + PinnedSchemas.DIR_ENV + ", or keep shared/apidoc beside the project or one of its parents");
    }

    private byte[] download() throws MojoFailureException {
        String sha256 = expectedSha256.orElseThrow();
        Path cached = context.downloadDirectory().resolve(sha256 + ".schema");
        if (Files.isRegularFile(cached)) {
            try {
                byte[] content = Files.readAllBytes(cached);
                if (Sha256.hex(content).equals(sha256)) {
                    return content;
                }
            } catch (IOException e) {
                // fall through to a fresh download
            }
        }
        if (context.offline()) {
            throw new MojoFailureException("pvecodegen: offline build, refusing to download " + displayName
                    + ". Build once online (the download is kept in " + context.downloadDirectory()
                    + "), or point <schema> at a local copy.");
        }
        byte[] content;
        try {
            content = SchemaFetcher.fetch(ref, loadOptions());
        } catch (SchemaException e) {
            throw new MojoFailureException("pvecodegen: cannot download schema " + e.getMessage(), e);
        }
        verify(content);
        try {
            Files.createDirectories(context.downloadDirectory());
            Path temporary = Files.createTempFile(context.downloadDirectory(), sha256, ".tmp");
            Files.write(temporary, content);
            OutputFiles.moveReplacing(temporary, cached);
        } catch (IOException e) {
            // The cache only helps later offline builds; failing to fill it must not fail this one.
        }
        return content;
    }

    private void verify(byte[] content) throws MojoFailureException {
        if (expectedSha256.isPresent()) {
            verify(Sha256.hex(content));
        }
    }

    private void verify(String actual) throws MojoFailureException {
        if (expectedSha256.isPresent() && !actual.equals(expectedSha256.get())) {
            throw new MojoFailureException("pvecodegen: checksum mismatch for schema " + displayName
                    + "\n  expected SHA-256 " + expectedSha256.get()
                    + "\n  actual   SHA-256 " + actual
                    + "\n  The schema changed: review it, then update <schemaSha256> (or use the matching file).");
        }
    }

    private LoadOptions loadOptions() {
        return LoadOptions.defaults().withOffline(context.offline()).withClassLoader(context.classLoader());
    }
}
