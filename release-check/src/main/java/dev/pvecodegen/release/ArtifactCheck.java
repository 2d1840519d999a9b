package dev.pvecodegen.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The check of one staged artifact: its files by kind, their checksums and signatures, its jars and its POM. */
final class ArtifactCheck {
    /** One artifact's line of the report: a cell per column, and what is wrong. */
    record Result(PomFacts.Coordinates coordinates, Map<String, String> cells, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The report's columns after the artifact. */
    static final List<String> COLUMNS =
            List.of("pom", "jar", "sources", "javadoc", "checksums", "signatures", "module name", "POM rules");

    private final CentralPomRules rules;
    private final boolean signed;

    ArtifactCheck(CentralPomRules rules, boolean signed) {
        this.rules = rules;
        this.signed = signed;
    }

    Result check(PomFacts.Coordinates coordinates, Path pomFile) throws IOException {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        PomFacts pom = PomFacts.read(pomFile);
        String base = coordinates.artifactId() + "-" + coordinates.version();
        Path dir = pomFile.getParent();
        boolean hasJars = !pom.packaging().equals("pom");

        Map<String, Path> files = new LinkedHashMap<>();
        files.put("pom", dir.resolve(base + ".pom"));
        if (hasJars) {
            files.put("jar", dir.resolve(base + ".jar"));
            files.put("sources", dir.resolve(base + "-sources.jar"));
            files.put("javadoc", dir.resolve(base + "-javadoc.jar"));
        }
        List<String> checksumProblems = new ArrayList<>();
        List<String> signatureProblems = new ArrayList<>();
        for (String kind : List.of("pom", "jar", "sources", "javadoc")) {
            Path file = files.get(kind);
            if (file == null) {
                cells.put(kind, "-");
                continue;
            }
            if (!Files.isRegularFile(file)) {
                cells.put(kind, "MISSING");
                problems.add(file.getFileName() + " missing");
                continue;
            }
            cells.put(kind, "ok");
            checksumProblems.addAll(Checksums.check(file));
            Path signature = file.resolveSibling(file.getFileName() + ".asc");
            if (signed && !Files.isRegularFile(signature)) {
                signatureProblems.add(signature.getFileName() + " missing");
            }
        }
        cells.put("checksums", checksumProblems.isEmpty() ? "ok" : "BAD");
        cells.put("signatures", !signed ? "skipped" : signatureProblems.isEmpty() ? "ok" : "MISSING");
        problems.addAll(checksumProblems);
        problems.addAll(signatureProblems);

        if (hasJars && cells.get("jar").equals("ok")) {
            List<String> moduleProblems = JarContents.checkModuleName(files.get("jar"));
            cells.put(
                    "module name",
                    moduleProblems.isEmpty()
                            ? JarContents.moduleName(files.get("jar")).orElseThrow()
                            : "BAD");
            problems.addAll(moduleProblems);
        } else {
            cells.put("module name", "-");
        }
        if (hasJars && cells.get("sources").equals("ok")) {
            problems.addAll(JarContents.requireEntry(files.get("sources"), ".java", "Java source"));
        }
        if (hasJars && cells.get("javadoc").equals("ok")) {
            problems.addAll(JarContents.requireEntry(files.get("javadoc"), "index.html", "javadoc index.html"));
        }
        List<String> pomProblems = rules.check(coordinates, pom);
        cells.put("POM rules", pomProblems.isEmpty() ? "ok" : "BAD");
        problems.addAll(pomProblems);
        return new Result(coordinates, cells, List.copyOf(problems));
    }
}
