package dev.pvecodegen.schema;

import java.util.List;

/** A schema could not be read or did not describe a valid apidoc tree; carries every problem found. */
public final class SchemaException extends Exception {

    private static final long serialVersionUID = 1L;
    /** How many problems the message lists before summarising the rest. */
    private static final int MESSAGE_LIMIT = 50;

    private final String source;
    private final transient List<SchemaProblem> problems;

    public SchemaException(String source, List<SchemaProblem> problems) {
        super(message(source, problems));
        this.source = source;
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SchemaException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SchemaException(String source, SchemaProblem problem) {
        this(source, List.of(problem));
    }

    /**
     * What was being read: the schema, or a supplement file that came with it.
     *
     * @return its display name
     */
    public String source() {
        return source;
    }

    public List<SchemaProblem> problems() {
        return problems;
    }

    private static String message(String source, List<SchemaProblem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(source)
                .append(": ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(MESSAGE_LIMIT).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > MESSAGE_LIMIT) {
            text.append("\n  … and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
        }
        return text.toString();
    }
}
