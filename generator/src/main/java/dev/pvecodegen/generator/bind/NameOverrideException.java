package dev.pvecodegen.generator.bind;

import java.util.List;

/** Name overrides that cannot be applied: every problem, each with the location of its entry. */
public final class NameOverrideException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public NameOverrideException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " with name overrides:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem: {@code my.supplement.json#/names/3: no generated class is used at target 'GET /nope#returns'}. */
    public List<String> problems() {
        return problems;
    }
}
