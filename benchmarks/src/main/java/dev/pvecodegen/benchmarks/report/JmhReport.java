package dev.pvecodegen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result ({@code -rf json}) into the rows of run.sh's table: the median of the measurement
 * iterations for each benchmark, and the ratios against the baselines measured in the same run.
 * {@code java -cp benchmarks.jar dev.pvecodegen.benchmarks.report.JmhReport jmh.json}.
 */
public final class JmhReport {
    private static final String PACKAGE = "dev.pvecodegen.benchmarks.";

    private final Map<String, Result> results;
    private final List<String> rows = new ArrayList<>();

    private JmhReport(Map<String, Result> results) {
        this.results = results;
    }

    /** One benchmark: the median, the spread and the unit of its measurement iterations. */
    record Result(double median, double min, double max, int iterations, String unit) {
        String describe() {
            return format(median) + " " + unit + " (" + iterations + " it., " + format(min) + "–" + format(max) + ")";
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JmhReport JMH-RESULT.json");
            System.exit(1);
        }
        JmhReport report = new JmhReport(read(Path.of(args[0])));
        report.pipeline();
        report.clientOverhead("version", "`GET /version` (tiny answer)");
        report.clientOverhead("qemu50", "`GET /nodes/{node}/qemu` (50 guests)");
        report.decoding();
        report.propertyStrings();
        report.rows.forEach(System.out::println);
    }

    static Map<String, Result> read(Path file) throws IOException {
        Map<String, Result> results = new LinkedHashMap<>();
        for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
            String name = run.get("benchmark").asText().substring(PACKAGE.length());
            String className = name.substring(0, name.indexOf('.'));
            results.put(name, result(run.get("primaryMetric")));
            // In a @Group benchmark each method's own figures are secondary metrics named after the method;
            // profiler metrics (gc.alloc.rate, ...) have dots in their names and are left out.
            run.path("secondaryMetrics").properties().forEach(metric -> {
                if (metric.getKey().chars().allMatch(Character::isJavaIdentifierPart)) {
                    results.put(className + "." + metric.getKey(), result(metric.getValue()));
                }
            });
        }
        return results;
    }

    private static Result result(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.get("rawData")) {
            fork.forEach(value -> values.add(value.asDouble()));
        }
        values.sort(Double::compare);
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        return new Result(
                median,
                values.get(0),
                values.get(n - 1),
                n,
                metric.get("scoreUnit").asText());
    }

    private void pipeline() {
        Result pipeline = results.get("GeneratorPipelineBenchmark.pipeline");
        if (pipeline == null) {
            rows.add(row(
                    "generator pipeline in-process, warm (pve-9.2: read + validate + model + emit to memory)",
                    "not measured (benchmark missing from this run)",
                    "≤ 300 ms",
                    "—",
                    "—"));
            return;
        }
        Result load = results.get("GeneratorPipelineBenchmark.load");
        Result emit = results.get("GeneratorPipelineBenchmark.emit");
        String split = load != null && emit != null
                ? "; of which load " + format(load.median()) + " ms, emit " + format(emit.median()) + " ms"
                : "";
        rows.add(row(
                "generator pipeline in-process, warm (pve-9.2: read + validate + model + emit to memory), JMH",
                pipeline.describe() + split,
                "≤ 300 ms",
                verdict(pipeline.median() <= 300),
                "—"));
    }

    /** From the group benchmark that runs both sides at the same time ({@code versionTyped} / {@code versionRaw}). */
    private void clientOverhead(String group, String what) {
        Result typed = results.get("ClientRequestBenchmark." + group + "Typed");
        Result raw = results.get("ClientRequestBenchmark." + group + "Raw");
        if (typed == null || raw == null) {
            return;
        }
        double ratio = typed.median() / raw.median();
        rows.add(row(
                "client overhead per request, " + what + ": generated client vs raw java.net.http + readTree,"
                        + " loopback HTTP, both at once (JMH group)",
                "typed " + typed.describe() + "; raw " + raw.describe(),
                "≤ 1.10× raw",
                verdict(ratio <= 1.10),
                ratio(ratio)));
    }

    private void decoding() {
        Result typed = results.get("TypedDecodingBenchmark.pairedTyped");
        Result tree = results.get("TypedDecodingBenchmark.pairedTree");
        if (typed == null || tree == null) {
            return;
        }
        double ratio = typed.median() / tree.median();
        rows.add(row(
                "typed decoding, `/cluster/resources` with 10 000 entries into `ClusterResource`"
                        + " vs readTree, both at once (JMH group, throughput)",
                "typed " + typed.describe() + "; readTree " + tree.describe(),
                "≥ 0.8× readTree throughput",
                verdict(ratio >= 0.8),
                ratio(ratio)));
    }

    private void propertyStrings() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("netParseFormat", "`net0` via `QemuNet`");
        cases.put("diskParseFormat", "`scsi0` via `QemuScsi`");
        cases.put("bootParseFormat", "`boot` via `PropertyStrings` (opaque `String` in the generated client)");
        cases.forEach((name, what) -> {
            Result result = results.get("PropertyStringBenchmark." + name);
            if (result != null) {
                rows.add(row(
                        "property-string parse + format, " + what + ", JMH",
                        result.describe(),
                        "report",
                        "reported",
                        "—"));
            }
        });
    }

    static String row(String what, String measured, String budget, String verdict, String ratio) {
        return "| " + String.join(" | ", what, measured, budget, verdict, ratio) + " |";
    }

    static String verdict(boolean met) {
        return met ? "met" : "**MISSED**";
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.3g", value);
    }
}
