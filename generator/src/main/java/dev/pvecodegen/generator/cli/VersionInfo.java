package dev.pvecodegen.generator.cli;

import dev.pvecodegen.schema.PinnedSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.stream.Collectors;

/** {@code pvecodegen --version}: the generator's version, the schemas it knows by name, and the Java it runs on. */
final class VersionInfo {
    private static final String RESOURCE = "version.properties";

    private VersionInfo() {}

    /** The version the build wrote into the jar, e.g. {@code 0.1.0}. */
    static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE + " (not built by Maven?)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(PrintStream out) {
        out.println("pvecodegen " + version());
        out.println("pinned schemas: "
                + PinnedSchemas.all().stream()
                        .map(p -> p.name() + " (" + p.product() + " " + p.version() + ")")
                        .collect(Collectors.joining(", ")));
        out.println("java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")");
    }
}
