package dev.pvecodegen.schema.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the loosely typed values of apidoc the way the servers mean them: flags as {@code 1}, {@code "1"} or
 * {@code true}; numeric constraints as numbers or numeric strings ({@code minimum: "0"}).
 */
final class Lenient {

    private Lenient() {}

    /** {@code 1}, {@code "1"} and {@code true} are true; absent, {@code null}, {@code 0}, {@code "0"}, … false. */
    static boolean isTrue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue().compareTo(BigDecimal.ZERO) != 0;
        }
        if (node.isTextual()) {
            String text = node.textValue().trim();
            return text.equals("1") || text.equalsIgnoreCase("true");
        }
        return false;
    }

    /** A number or numeric string as an exact decimal ({@code 0.1} stays {@code 0.1}); empty when not numeric. */
    static Optional<BigDecimal> decimal(JsonNode node) {
        if (node == null || !(node.isNumber() || node.isTextual())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(node.asText().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A non-negative integer constraint such as {@code maxLength}. */
    static Optional<Integer> length(JsonNode node) {
        return decimal(node).flatMap(value -> {
            try {
                int exact = value.intValueExact();
                return exact >= 0 ? Optional.of(exact) : Optional.empty();
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    /** A scalar rendered as text ({@code 1}, {@code yes}, {@code 0.1}); empty for null, objects and arrays. */
    static Optional<String> scalarText(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** A string or an array of strings as a list. */
    static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.textValue());
        } else if (node.isArray()) {
            node.forEach(element -> scalarText(element).ifPresent(out::add));
        }
        return out;
    }
}
