package dev.pvecodegen.schema.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Documentation carried by a schema element. Defaults are documentation only: they are kept as text.
 *
 * @param description {@code description}
 * @param verboseDescription {@code verbose_description} (preferred for Javadoc when present)
 * @param title {@code title} (a UI label)
 * @param typetext {@code typetext}, the server's human-readable type
 * @param formatDescription {@code format_description}, the placeholder word used in typetext
 * @param defaultValue {@code default}, rendered as text ({@code 1}, {@code "yes"} stays {@code yes})
 * @param renderer {@code renderer} hint of returns ({@code bytes}, {@code timestamp}, …)
 * @param requires names of properties that must be set with this one
 * @param deprecated true when the description says the element is deprecated
 */
public record Documentation(
        Optional<String> description,
        Optional<String> verboseDescription,
        Optional<String> title,
        Optional<String> typetext,
        Optional<String> formatDescription,
        Optional<String> defaultValue,
        Optional<String> renderer,
        List<String> requires,
        boolean deprecated) {

    public Documentation {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(verboseDescription, "verboseDescription");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(typetext, "typetext");
        Objects.requireNonNull(formatDescription, "formatDescription");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(renderer, "renderer");
        requires = List.copyOf(requires);
    }

    public static Documentation empty() {
        return new Documentation(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                false);
    }

    public static Documentation of(String description) {
        return new Documentation(
                Optional.ofNullable(description),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                false);
    }

    /** The best text for Javadoc: the verbose description when present, else the description. */
    public Optional<String> bestDescription() {
        return verboseDescription.isPresent() ? verboseDescription : description;
    }
}
