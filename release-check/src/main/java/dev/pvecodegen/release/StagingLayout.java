package dev.pvecodegen.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Maven repository layout as staged for upload ({@code group/path/artifactId/version/artifactId-version.pom}):
 * its POMs by coordinates, read from the directory structure so that a POM in the wrong place shows.
 */
final class StagingLayout {
    private final Path root;
    private final Map<PomFacts.Coordinates, Path> poms;

    private StagingLayout(Path root, Map<PomFacts.Coordinates, Path> poms) {
        this.root = root;
        this.poms = poms;
    }

    static StagingLayout scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("no staging directory at " + root);
        }
        Map<PomFacts.Coordinates, Path> poms = new TreeMap<>(Comparator.comparing(PomFacts.Coordinates::toString));
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pom")).forEach(pom -> {
                Path versionDir = pom.getParent();
                Path artifactDir = versionDir.getParent();
                Path relativeGroup = root.relativize(artifactDir.getParent());
                String groupId =
                        relativeGroup.toString().replace(root.getFileSystem().getSeparator(), ".");
                poms.put(
                        new PomFacts.Coordinates(
                                groupId,
                                artifactDir.getFileName().toString(),
                                versionDir.getFileName().toString()),
                        pom);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new StagingLayout(root, poms);
    }

    Path root() {
        return root;
    }

    /** The staged POM files by the coordinates of their directory. */
    Map<PomFacts.Coordinates, Path> poms() {
        return poms;
    }
}
