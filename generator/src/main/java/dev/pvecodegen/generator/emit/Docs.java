package dev.pvecodegen.generator.emit;

import static dev.pvecodegen.generator.naming.JavadocText.code;
import static dev.pvecodegen.generator.naming.JavadocText.codeTag;
import static dev.pvecodegen.generator.naming.JavadocText.escape;
import static dev.pvecodegen.generator.naming.JavadocText.sanitize;

import dev.pvecodegen.generator.bind.TypeVisitor;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.Documentation;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Permissions;
import dev.pvecodegen.schema.model.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
                + codeTag(
                        property.isIndexed()
                                ? property.name() + "0.." + property.name()
                                        + property.family().orElseThrow().max()
                                : property.name())
                + ".");
        property.type().accept(new Facts(facts));
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
        if (property.type() instanceof ApiType.PropertyStringType p && p.objectForm()) {
            facts.add("Servers also send it as a JSON object of its keys; both forms are read.");
        }
        if (!property.origin().isSchema()) {
            facts.add("Not declared by the schema: " + escape(property.origin().describe()) + ".");
        }
        parts.add(String.join(" ", facts));
        return String.join("\n<p>\n", parts);
    }

    /** The operation's description, HTTP method and path, permissions and token warning. */
    static String operation(Operation op) {
        List<String> parts = new ArrayList<>();
        description(op.doc()).ifPresent(parts::add);
        parts.add(codeTag(op.key())
                + op.name().map(n -> " (apidoc name " + codeTag(n) + ")").orElse(""));
        parts.add(permissions(op.permissions()));
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

    private static String permissions(Permissions permissions) {
        if (permissions.isEmpty()) {
            return "Permissions: none stated in the schema (by PVE convention root only).";
        }
        List<String> parts = new ArrayList<>();
        permissions.description().ifPresent(d -> parts.add(escape(d.strip().replaceAll("[.\\s]+$", ""))));
        permissions.user().ifPresent(u -> parts.add("user " + code(u)));
        permissions.check().ifPresent(c -> parts.add("check " + code(c)));
        return "Permissions: " + String.join("; ", parts) + ".";
    }

    /** Ranges, lengths, formats and patterns of a property's type. */
    private static final class Facts extends TypeVisitor<Void> {
        private final List<String> facts;

        Facts(List<String> facts) {
            this.facts = facts;
        }

        @Override
        protected Void otherwise(ApiType type) {
            return null;
        }

        @Override
        public Void visitIntegerType(ApiType.IntegerType type) {
            range(type.minimum(), type.maximum());
            return null;
        }

        @Override
        public Void visitNumberType(ApiType.NumberType type) {
            range(type.minimum(), type.maximum());
            return null;
        }

        @Override
        public Void visitStringType(ApiType.StringType type) {
            type.format().ifPresent(f -> facts.add("Format " + code(f) + "."));
            if (type.minLength().isPresent() || type.maxLength().isPresent()) {
                facts.add("Length " + type.minLength().orElse(0) + " to "
                        + type.maxLength().map(String::valueOf).orElse("any") + ".");
            }
            type.pattern().ifPresent(p -> facts.add("Pattern " + code(p) + "."));
            return null;
        }

        @Override
        public Void visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            facts.add("Property string of format " + code(type.format())
                    + type.typetext().map(t -> ": " + code(t)).orElse("") + ".");
            return null;
        }

        @Override
        public Void visitListStringType(ApiType.ListStringType type) {
            facts.add("Sent as one value joined with "
                    + code(type.separator().equals("\0") ? "NUL" : type.separator())
                    + type.format().map(f -> " (format " + code(f) + ")").orElse("") + ".");
            return null;
        }

        @Override
        public Void visitOneOfType(ApiType.OneOfType type) {
            for (ApiType.Variant v : type.variants()) {
                facts.add("For " + code(type.discriminator() + " = " + String.join("|", v.instanceTypes())) + ": "
                        + v.type().accept(DESCRIBE) + ".");
            }
            return null;
        }

        @Override
        public Void visitAnyType(ApiType.AnyType type) {
            facts.add("Left open by the schema (" + escape(type.reason()) + ").");
            return null;
        }

        private void range(Optional<BigDecimal> min, Optional<BigDecimal> max) {
            if (min.isPresent() && max.isPresent()) {
                facts.add("Range " + min.get().toPlainString() + " to "
                        + max.get().toPlainString() + ".");
            } else {
                min.ifPresent(m -> facts.add("Minimum " + m.toPlainString() + "."));
                max.ifPresent(m -> facts.add("Maximum " + m.toPlainString() + "."));
            }
        }
    }

    /** A short description of a type, for union alternatives. */
    private static final ApiType.Visitor<String> DESCRIBE = new ApiType.Visitor<>() {
        @Override
        public String visitStringType(ApiType.StringType type) {
            return "string values";
        }

        @Override
        public String visitIntegerType(ApiType.IntegerType type) {
            return "integer values";
        }

        @Override
        public String visitNumberType(ApiType.NumberType type) {
            return "number values";
        }

        @Override
        public String visitBooleanType(ApiType.BooleanType type) {
            return "boolean values";
        }

        @Override
        public String visitEnumType(ApiType.EnumType type) {
            return "one of " + code(String.join(", ", type.values()));
        }

        @Override
        public String visitArrayType(ApiType.ArrayType type) {
            return "a list of " + type.items().accept(this);
        }

        @Override
        public String visitObjectType(ApiType.ObjectType type) {
            return "object values";
        }

        @Override
        public String visitListStringType(ApiType.ListStringType type) {
            return "a " + code(type.separator()) + "-separated list of "
                    + type.element().accept(this);
        }

        @Override
        public String visitPropertyStringType(ApiType.PropertyStringType type) {
            return "property strings " + code(type.format().id());
        }

        @Override
        public String visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return "property strings of format " + code(type.format());
        }

        @Override
        public String visitOneOfType(ApiType.OneOfType type) {
            return "oneof values";
        }

        @Override
        public String visitAnyType(ApiType.AnyType type) {
            return "any values";
        }

        @Override
        public String visitNullType(ApiType.NullType type) {
            return "null values";
        }

        @Override
        public String visitUpidType(ApiType.UpidType type) {
            return "upid values";
        }
    };
}
