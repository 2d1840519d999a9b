package dev.pvecodegen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ratio of the two sides of a JMH {@code @Group} benchmark, iteration by iteration, with a confidence
 * interval: both sides of a group run at the same moment, so each measurement iteration gives one paired ratio, and
 * the machine's load (which moves both) largely cancels out. A budget is settled when the whole interval lies on one
 * side of it; otherwise the run was too short (or the difference too small) to say.
 *
 * <p>{@code java -cp benchmarks.jar dev.pvecodegen.benchmarks.report.PairedRatios jmh.json GROUP NUMERATOR
 * DENOMINATOR BUDGET (max|min)}, e.g. {@code jmh.json version versionTyped versionRaw 1.05 max}.
 */
public final class PairedRatios {
    /** Two-sided 99 % normal quantile; the intervals are for the mean of at least 10 paired iterations. */
    private static final double Z_99 = 2.576;

    private PairedRatios() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: PairedRatios JMH-RESULT.json GROUP NUMERATOR DENOMINATOR BUDGET max|min");
            System.exit(1);
        }
        String group = args[1];
        double budget = Double.parseDouble(args[4]);
        boolean upperBound = args[5].equals("max");
        JsonNode run = find(new ObjectMapper().readTree(Path.of(args[0]).toFile()), group);
        List<Double> top = iterations(run.path("secondaryMetrics").path(args[2]));
        List<Double> bottom = iterations(run.path("secondaryMetrics").path(args[3]));
        if (top.isEmpty() || top.size() != bottom.size()) {
            throw new IllegalArgumentException(group + ": " + args[2] + " and " + args[3] + " have " + top.size()
                    + " and " + bottom.size() + " iterations");
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            ratios.add(top.get(i) / bottom.get(i));
        }
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance =
                ratios.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / Math.max(1, ratios.size() - 1);
        double half = Z_99 * Math.sqrt(variance / ratios.size());
        double low = mean - half;
        double high = mean + half;
        String verdict;
        if (upperBound ? high <= budget : low >= budget) {
            verdict = "met";
        } else if (upperBound ? low > budget : high < budget) {
            verdict = "**MISSED**";
        } else {
            verdict = "not settled (the interval crosses the budget)";
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %s/%s = %.3f (99%% interval %.3f–%.3f, %d paired iterations); budget %s %.2f: %s%n",
                group,
                args[2],
                args[3],
                mean,
                low,
                high,
                ratios.size(),
                upperBound ? "≤" : "≥",
                budget,
                verdict);
    }

    private static JsonNode find(JsonNode results, String group) {
        for (JsonNode run : results) {
            if (run.path("benchmark").asText().endsWith("." + group)) {
                return run;
            }
        }
        throw new IllegalArgumentException("no benchmark " + group + " in the results");
    }

    /** The measurement iterations of every fork, in order. */
    private static List<Double> iterations(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            fork.forEach(value -> values.add(value.asDouble()));
        }
        return values;
    }
}
