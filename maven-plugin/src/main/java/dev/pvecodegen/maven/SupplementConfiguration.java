package dev.pvecodegen.maven;

import dev.pvecodegen.schema.LoadOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The supplement parameters both goals take, {@code <supplements>} and {@code <shippedSupplement>}, as the loader's
 * selection: the supplement shipped for the product first (unless {@code shippedSupplement} is false or
 * {@code <supplements/>} is configured empty), then the listed files in order, relative to the project.
 */
final class SupplementConfiguration {

    private SupplementConfiguration() {}

    static LoadOptions.SupplementSelection selection(List<File> configured, boolean shipped, Path basedir) {
        if (configured == null) {
            return new LoadOptions.SupplementSelection(shipped, List.of());
        }
        return new LoadOptions.SupplementSelection(
                shipped && !configured.isEmpty(),
                configured.stream()
                        .map(file ->
                                basedir.resolve(file.toPath()).toAbsolutePath().normalize())
                        .toList());
    }

    /**
     * The selection as lines of the up-to-date stamp: {@code shipped} (its content is part of the generator
     * fingerprint), and {@code file <path> <sha256>} for each file, so that editing a file regenerates.
     */
    static List<String> stamp(LoadOptions.SupplementSelection selection, FileDigests digests) throws IOException {
        List<String> lines = new ArrayList<>();
        if (selection.shipped()) {
            lines.add("shipped");
        }
        for (Path file : selection.files()) {
            lines.add("file " + file + " " + digests.sha256(file));
        }
        return lines;
    }
}
