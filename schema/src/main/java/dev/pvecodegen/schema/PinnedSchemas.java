package dev.pvecodegen.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of pinned schemas. The files themselves are third-party data kept outside the repository
 * (in {@code shared/apidoc} beside the checkout); only their names and checksums live here.
 */
public final class PinnedSchemas {

    /** System property naming the directory of the pinned files. */
    public static final String DIR_PROPERTY = "pvecodegen.apidoc.dir";
    /** The property surefire sets for tests (same meaning). */
    public static final String TEST_DIR_PROPERTY = "pvecodegen.shared.apidoc";
    /** Environment variable naming the directory of the pinned files. */
    public static final String DIR_ENV = "PVECODEGEN_APIDOC_DIR";

    private static final List<PinnedSchema> ALL = List.of(
            new PinnedSchema(
                    "pve-9.2",
                    "Proxmox VE",
                    "9.2",
                    "d1d290ae989d0a634a10cea005b5df4eb07313624d86b2eeea7e481685d6730a",
                    "pve-9.2.json"),
            new PinnedSchema(
                    "pve-7.2",
                    "Proxmox VE",
                    "7.2",
                    "7ad2cafdcd5ac7551771aa927298774ea50a058f57260a06bbee633281653382",
                    "pve-7.2.json"),
            new PinnedSchema(
                    "pbs-4.2",
                    "Proxmox Backup Server",
                    "4.2",
                    "2bfc3de569ff24c9675dce16ed31fce6cc5ec7daa649c70504b150b38464bacd",
                    "pbs-4.2.json"));

    private PinnedSchemas() {}

    public static List<PinnedSchema> all() {
        return ALL;
    }

    public static Optional<PinnedSchema> find(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The pinned schema whose file has this checksum, e.g. to name the product of a schema given as a path. */
    public static Optional<PinnedSchema> bySha256(String sha256) {
        return ALL.stream().filter(p -> p.sha256().equalsIgnoreCase(sha256)).findFirst();
    }

    /**
     * The file of a pinned schema: in the directory named by {@value #DIR_PROPERTY}, {@value #TEST_DIR_PROPERTY}
     * or {@value #DIR_ENV}, else in the first {@code shared/apidoc} found walking up from the working directory.
     *
     * @throws IllegalStateException when the file cannot be found (the message says how to point at it)
     */
    public static Path resolve(PinnedSchema pinned) {
        return locate(pinned).orElseThrow(() -> new IllegalStateException(notFound(pinned)));
    }

    /** Like {@link #resolve(PinnedSchema)}, empty when the file cannot be found. */
    public static Optional<Path> locate(PinnedSchema pinned) {
        for (String configured : new String[] {
            System.getProperty(DIR_PROPERTY), System.getProperty(TEST_DIR_PROPERTY), System.getenv(DIR_ENV)
        }) {
            if (configured != null && !configured.isBlank()) {
                Path candidate = Path.of(configured).resolve(pinned.fileName());
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return sharedApidocDirectory()
                .map(dir -> dir.resolve(pinned.fileName()))
                .filter(Files::isRegularFile);
    }

    static String notFound(PinnedSchema pinned) {
        return "pinned schema file " + pinned.fileName() + " not found: set -D" + DIR_PROPERTY + " or " + DIR_ENV
                + ", or run from a directory beside shared/apidoc";
    }

    /** The nearest {@code shared/apidoc} directory at or above the working directory. */
    public static Optional<Path> sharedApidocDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("apidoc");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
