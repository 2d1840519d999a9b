package dev.pvecodegen.generator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a value written back by the generated client is the value the server sent, modulo the documented
 * normalisations of lenient reading. Each keeps the value and loses only its spelling, which the schema's type
 * determines:
 *
 * <ol>
 *   <li>a number sent as a JSON string comes back as a JSON number ({@code "4096"} → {@code 4096}), when the string
 *       is the number's plain decimal form (so {@code "007"} or {@code "1.50"} would count as lost);
 *   <li>numbers compare by value ({@code 5} and {@code 5.0});
 *   <li>a boolean sent as {@code 0}/{@code 1}/{@code "0"}/{@code "1"}/{@code "true"}/{@code "false"}, or as
 *       {@code ""} (Perl's false, which PVE 5 sends for {@code template}), comes back as {@code false}/{@code true},
 *       and a number or boolean read as text comes back as a string;
 *   <li>a member whose value is {@code null} may be left out.
 * </ol>
 *
 * <p>Everything else must be identical: strings, property strings (the client keeps the server's text, or its JSON
 * object, when the value was not changed), enum values, undeclared and drifted fields.
 */
public final class WriteBack {

    private WriteBack() {}

    public static boolean equivalent(JsonNode original, JsonNode written) {
        if (original == null || original.isMissingNode()) {
            return written == null || written.isMissingNode() || written.isNull();
        }
        if (written == null || written.isMissingNode()) {
            return original.isNull();
        }
        if (original.isObject() && written.isObject()) {
            Set<String> names = new HashSet<>();
            original.fieldNames().forEachRemaining(names::add);
            written.fieldNames().forEachRemaining(names::add);
            return names.stream().allMatch(name -> equivalent(original.get(name), written.get(name)));
        }
        if (original.isArray() && written.isArray()) {
            if (original.size() != written.size()) {
                return false;
            }
            for (int i = 0; i < original.size(); i++) {
                if (!equivalent(original.get(i), written.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return scalarsEquivalent(original, written);
    }

    private static boolean scalarsEquivalent(JsonNode original, JsonNode written) {
        if (original.equals(written)) {
            return true;
        }
        if (original.isContainerNode() || written.isContainerNode() || original.isNull() || written.isNull()) {
            return false;
        }
        if (original.isBoolean() || written.isBoolean()) {
            return truth(original) != null && truth(original).equals(truth(written));
        }
        BigDecimal a = number(original);
        BigDecimal b = number(written);
        return a != null && b != null && a.compareTo(b) == 0;
    }

    /** The number a JSON number, or a string in plain decimal form, stands for; null otherwise. */
    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            String text = node.textValue();
            try {
                BigDecimal value = new BigDecimal(text);
                return text.equals(value.stripTrailingZeros().toPlainString()) ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The boolean a value stands for in the normalised spellings, or null. */
    private static Boolean truth(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asText();
        return switch (text) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false", "" -> Boolean.FALSE;
            default -> null;
        };
    }
}
