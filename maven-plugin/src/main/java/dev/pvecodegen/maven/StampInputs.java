package dev.pvecodegen.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the generated output depends on. Two runs with equal digests produce byte-identical files (the
 * generator is deterministic), which is what makes skipping the second one safe.
 *
 * @param schemaSha256 SHA-256 of the schema bytes (for a URL: the pinned {@code schemaSha256}, verified on download)
 * @param generatorFingerprint version and code digest of the generator (see {@link GeneratorFingerprint})
 * @param packageName the target package
 * @param includes path globs selecting operations
 * @param excludes path globs removing operations
 * @param outputDirectory absolute output directory
 * @param supplements the supplements applied, one line each: {@code shipped} for the one shipped with the plugin
 *     (its content is part of the generator fingerprint), {@code file <path> <sha256>} for a user's file
 */
record StampInputs(
        String schemaSha256,
        String generatorFingerprint,
        String packageName,
        List<String> includes,
        List<String> excludes,
        String outputDirectory,
        List<String> supplements) {

    /** Inputs with the default supplement selection (the shipped one). */
    StampInputs(
            String schemaSha256,
            String generatorFingerprint,
            String packageName,
            List<String> includes,
            List<String> excludes,
            String outputDirectory) {
        this(schemaSha256, generatorFingerprint, packageName, includes, excludes, outputDirectory, List.of("shipped"));
    }

    StampInputs {
        Objects.requireNonNull(schemaSha256, "schemaSha256");
        Objects.requireNonNull(generatorFingerprint, "generatorFingerprint");
        Objects.requireNonNull(packageName, "packageName");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        supplements = List.copyOf(supplements);
    }

    /**
     * SHA-256 over a line-per-input canonical form. Each list element sits on its own tagged line, so that
     * {@code includes=[a,b]} and {@code includes=[a], excludes=[b]} can never produce the same text.
     */
    String digest() {
        List<String> lines = new ArrayList<>();
        lines.add("stamp-format 1");
        lines.add("schema " + schemaSha256);
        lines.add("generator " + generatorFingerprint);
        lines.add("package " + packageName);
        includes.forEach(glob -> lines.add("include " + glob));
        excludes.forEach(glob -> lines.add("exclude " + glob));
        lines.add("output " + outputDirectory);
        supplements.forEach(supplement -> lines.add("supplement " + supplement));
        return Sha256.hex(String.join("\n", lines));
    }
}
