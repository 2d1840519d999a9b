package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;
import static dev.pvecodegen.generator.naming.JavadocText.escape;
import static dev.pvecodegen.generator.naming.JavadocText.sanitize;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Permissions;
import dev.pvecodegen.schema.model.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Javadoc text built from the schema; everything taken from the schema passes the sanitizer. */
final class Docs {

    private Docs() {}

    /** Description (verbose preferred), format, range, default and other facts of a property. */
    static String property(Property property) {
        List<String> parts = new ArrayList<>();
        description(property.doc()).ifPresent(parts::add);
        List<String> facts = new ArrayList<>();
        facts.add("Wire name "
                + code(
                        property.isIndexed()
                                ? property.name() + "0.." + property.name()
                                        + property.family().get().max()
                                : property.name())
                + ".");
        typeFacts(property.type(), facts);
        property.doc().defaultValue().ifPresent(d -> facts.add("Default: " + code(d) + "."));
        property.doc().renderer().ifPresent(r -> facts.add("Rendered as " + code(r) + "."));
        if (!property.doc().requires().isEmpty()) {
            facts.add("Requires " + code(String.join(", ", property.doc().requires())) + " to be set too.");
        }
        if (!property.instanceTypes().isEmpty()) {
            facts.add("Only for " + code(String.join(", ", property.instanceTypes())) + ".");
        }
        if (property.doc().deprecated()) {
            facts.add("Deprecated according to the schema.");
        }
        parts.add(String.join(" ", facts));
        return String.join("\n<p>\n", parts);
    }

    /** The operation's description, HTTP method and path, permissions and token warning. */
    static String operation(Operation op) {
        List<String> parts = new ArrayList<>();
        description(op.doc()).ifPresent(parts::add);
        parts.add(code(op.method() + " " + op.path())
                + op.name().map(n -> " (apidoc name " + code(n) + ")").orElse(""));
        permissions(op.permissions()).ifPresent(parts::add);
        if (!op.flags().allowToken()) {
            parts.add("<b>API tokens are refused</b> for this operation ({@code allowtoken: 0}): "
                    + "the call fails fast when the client authenticates with a token.");
        }
        if (op.isTask()) {
            parts.add("Starts a server task; the returned handle can await it.");
        }
        if (op.flags().body() != BodyKind.JSON) {
            parts.add("The server streams a raw (" + op.flags().body() + ") body for this operation.");
        }
        return String.join("\n<p>\n", parts);
    }

    static Optional<String> description(Documentation doc) {
        return doc.bestDescription().filter(d -> !d.isBlank()).map(d -> {
            String text = sanitize(d);
            return text.endsWith(".") ? text : text + ".";
        });
    }

    private static Optional<String> permissions(Permissions permissions) {
        if (permissions.isEmpty()) {
            return Optional.of("Permissions: none stated in the schema (by PVE convention root only).");
        }
        List<String> parts = new ArrayList<>();
        permissions.description().ifPresent(d -> parts.add(escape(d.strip().replaceAll("[.\\s]+$", ""))));
        permissions.user().ifPresent(u -> parts.add("user " + code(u)));
        permissions.check().ifPresent(c -> parts.add("check " + code(c)));
        return Optional.of("Permissions: " + String.join("; ", parts) + ".");
    }

    private static void typeFacts(ApiType type, List<String> facts) {
        if (type instanceof ApiType.IntegerType i) {
            range(i.minimum(), i.maximum(), facts);
        } else if (type instanceof ApiType.NumberType n) {
            range(n.minimum(), n.maximum(), facts);
        } else if (type instanceof ApiType.StringType s) {
            s.format().ifPresent(f -> facts.add("Format " + code(f) + "."));
            if (s.minLength().isPresent() || s.maxLength().isPresent()) {
                facts.add("Length " + s.minLength().orElse(0) + " to "
                        + s.maxLength().map(String::valueOf).orElse("any") + ".");
            }
            s.pattern().ifPresent(p -> facts.add("Pattern " + code(p) + "."));
        } else if (type instanceof ApiType.OpaquePropertyStringType o) {
            facts.add("Property string of format " + code(o.format())
                    + o.typetext().map(t -> ": " + code(t)).orElse("") + ".");
        } else if (type instanceof ApiType.ListStringType l) {
            facts.add("Sent as one value joined with " + code(l.separator().equals("\0") ? "NUL" : l.separator())
                    + l.format().map(f -> " (format " + code(f) + ")").orElse("") + ".");
        } else if (type instanceof ApiType.OneOfType u) {
            for (ApiType.Variant v : u.variants()) {
                facts.add("For " + code(u.discriminator() + " = " + String.join("|", v.instanceTypes())) + ": "
                        + describe(v.type()) + ".");
            }
        } else if (type instanceof ApiType.AnyType a) {
            facts.add("Left open by the schema (" + escape(a.reason()) + ").");
        }
    }

    /** A short description of a type, for union alternatives. */
    private static String describe(ApiType type) {
        if (type instanceof ApiType.ArrayType a) {
            return "a list of " + describe(a.items());
        }
        if (type instanceof ApiType.ListStringType l) {
            return "a " + code(l.separator()) + "-separated list of " + describe(l.element());
        }
        if (type instanceof ApiType.PropertyStringType p) {
            return "property strings " + code(p.format().id());
        }
        if (type instanceof ApiType.OpaquePropertyStringType o) {
            return "property strings of format " + code(o.format());
        }
        if (type instanceof ApiType.EnumType e) {
            return "one of " + code(String.join(", ", e.values()));
        }
        String name = type.getClass().getSimpleName().replace("Type", "").toLowerCase(Locale.ROOT);
        return name.isEmpty() ? "values" : name + " values";
    }

    private static void range(Optional<BigDecimal> min, Optional<BigDecimal> max, List<String> facts) {
        if (min.isPresent() && max.isPresent()) {
            facts.add("Range " + min.get().toPlainString() + " to " + max.get().toPlainString() + ".");
        } else {
            min.ifPresent(m -> facts.add("Minimum " + m.toPlainString() + "."));
            max.ifPresent(m -> facts.add("Maximum " + m.toPlainString() + "."));
        }
    }
}
