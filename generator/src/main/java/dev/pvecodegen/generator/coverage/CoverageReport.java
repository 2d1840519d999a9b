package dev.pvecodegen.generator.coverage;

import java.util.List;
import java.util.Locale;

/**
 * Coverage of a corpus of answers: per answer, and the totals over the answers that carry data and match an
 * operation.
 *
 * @param answers every answer measured, in corpus order
 */
public record CoverageReport(List<AnswerCoverage> answers) {

    public CoverageReport {
        answers = List.copyOf(answers);
    }

    /** The answers the percentages are about: they carry data and match an operation. */
    public List<AnswerCoverage> measured() {
        return answers.stream()
                .filter(a -> a.answer().hasData() && a.operation().isPresent())
                .toList();
    }

    /** Answers that match no operation of the model (listed, not counted). */
    public List<AnswerCoverage> unmatched() {
        return answers.stream().filter(a -> a.operation().isEmpty()).toList();
    }

    public long fullyTyped() {
        return measured().stream().filter(AnswerCoverage::fullyTyped).count();
    }

    public int fields() {
        return measured().stream().mapToInt(AnswerCoverage::fields).sum();
    }

    public int typedFields() {
        return measured().stream().mapToInt(AnswerCoverage::typed).sum();
    }

    public int rawFields() {
        return measured().stream().mapToInt(AnswerCoverage::raw).sum();
    }

    /** Lost fields over all answers, those without data or operation included. */
    public int lostFields() {
        return answers.stream().mapToInt(AnswerCoverage::lost).sum();
    }

    public double fullyTypedPercent() {
        return percent(fullyTyped(), measured().size());
    }

    public double typedFieldsPercent() {
        return percent(typedFields(), fields());
    }

    /** {@code 41 of 44 answers fully typed (93.2 %), 1234 of 1250 fields typed (98.7 %), 16 raw, 0 lost}. */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d of %d answers fully typed (%.1f %%), %d of %d fields typed (%.1f %%), %d raw, %d lost",
                fullyTyped(),
                measured().size(),
                fullyTypedPercent(),
                typedFields(),
                fields(),
                typedFieldsPercent(),
                rawFields(),
                lostFields());
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
