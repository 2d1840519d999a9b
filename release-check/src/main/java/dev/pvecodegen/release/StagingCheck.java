package dev.pvecodegen.release;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code java -cp release-check/target/classes dev.pvecodegen.release.StagingCheck DIR --expect a,b,c [--signed]}:
 * checks a staged release before upload and prints one line per artifact (files × checks), then every problem.
 * Exit status 0 when the layout holds exactly the expected artifacts and each passes, 1 otherwise, 2 on usage.
 */
public final class StagingCheck {
    private StagingCheck() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path root = null;
        Set<String> expected = new LinkedHashSet<>();
        boolean signed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--signed" -> signed = true;
                case "--expect" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--expect needs a comma-separated list of artifactIds");
                    }
                    for (String id : args[++i].split(",", -1)) {
                        if (!id.isBlank()) {
                            expected.add(id.strip());
                        }
                    }
                }
                default -> {
                    if (args[i].startsWith("--") || root != null) {
                        return usage(err, "unexpected argument " + args[i]);
                    }
                    root = Path.of(args[i]);
                }
            }
        }
        if (root == null || expected.isEmpty()) {
            return usage(err, "a staging directory and --expect are required");
        }
        try {
            List<ArtifactCheck.Result> results = new ArrayList<>();
            List<String> problems = check(root, expected, signed, results);
            print(results, out);
            if (problems.isEmpty()) {
                out.printf("staging layout OK: %d artifacts%n", results.size());
                return 0;
            }
            out.printf("staging layout has %d problems:%n", problems.size());
            problems.forEach(p -> out.println("  " + p));
            return 1;
        } catch (IOException e) {
            err.println("release check: " + e.getMessage());
            return 1;
        }
    }

    /** Checks every staged artifact and the expected set; fills {@code results}, returns every problem. */
    static List<String> check(Path root, Set<String> expected, boolean signed, List<ArtifactCheck.Result> results)
            throws IOException {
        StagingLayout layout = StagingLayout.scan(root);
        Map<PomFacts.Coordinates, PomFacts> poms = new TreeMap<>(Comparator.comparing(PomFacts.Coordinates::toString));
        for (var entry : layout.poms().entrySet()) {
            poms.put(entry.getKey(), PomFacts.read(entry.getValue()));
        }
        ArtifactCheck check = new ArtifactCheck(new CentralPomRules(poms), signed);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (var entry : layout.poms().entrySet()) {
            PomFacts.Coordinates coordinates = entry.getKey();
            seen.add(coordinates.artifactId());
            if (!expected.contains(coordinates.artifactId())) {
                problems.add(
                        coordinates + ": staged but not expected (an unpublished module leaking into the bundle?)");
                continue;
            }
            ArtifactCheck.Result result = check.check(coordinates, entry.getValue());
            results.add(result);
            result.problems().forEach(p -> problems.add(coordinates.artifactId() + ": " + p));
        }
        for (String id : expected) {
            if (!seen.contains(id)) {
                problems.add(id + ": expected but not staged");
            }
        }
        return problems;
    }

    /** A table: one line per artifact, a column per check, each as wide as its widest cell. */
    private static void print(List<ArtifactCheck.Result> results, PrintStream out) {
        List<String> columns = new ArrayList<>();
        columns.add("artifact");
        columns.addAll(ArtifactCheck.COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns);
        for (ArtifactCheck.Result result : results) {
            List<String> row = new ArrayList<>();
            row.add(result.coordinates().artifactId());
            ArtifactCheck.COLUMNS.forEach(c -> row.add(result.cells().getOrDefault(c, "")));
            rows.add(row);
        }
        int[] widths = new int[columns.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("release check: " + message);
        err.println("usage: StagingCheck STAGING_DIR --expect ARTIFACT_ID[,ARTIFACT_ID...] [--signed]");
        return 2;
    }
}
