package dev.pvecodegen.simulator.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvecodegen.schema.model.ApiType;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The named-format verifiers of {@code PVE::JSONSchema} that clients trip over most, with the server's wording.
 * apidoc keeps only the format name, so these checks come from the server source, not from the schema.
 */
final class FormatChecks {
    private record Check(Pattern pattern, String message) {}

    private static final Map<String, Check> CHECKS = Map.of(
            "pve-node",
                    new Check(
                            Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?"),
                            "value does not look like a valid node name"),
            "pve-storage-id",
                    new Check(
                            Pattern.compile("(?i:[a-z][a-z0-9\\-_.]*[a-z0-9])"),
                            "storage ID '%s' contains illegal characters"),
            "pve-configid", new Check(Pattern.compile("[a-z][a-z0-9_]+"), "invalid configuration ID '%s'"),
            "pve-poolid",
                    new Check(
                            Pattern.compile("[A-Za-z0-9\\-_]+(?:/[A-Za-z0-9\\-_]+){0,2}"),
                            "pool ID '%s' contains illegal characters"),
            "mac-addr",
                    new Check(
                            Pattern.compile("(?i:[a-f0-9][02468ace](?::[a-f0-9]{2}){5})"),
                            "value does not look like a valid unicast MAC address"),
            "pve-userid",
                    new Check(
                            Pattern.compile("[^\\s:/@]+@[A-Za-z][A-Za-z0-9.\\-_]+"),
                            "value '%s' does not look like a valid user ID"),
            "dns-name",
                    new Check(
                            Pattern.compile(
                                    "(?:[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?\\.)*[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?"),
                            "value does not look like a valid DNS name"),
            "ipv4",
                    new Check(
                            Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)"),
                            "value does not look like a valid IPv4 address"));

    private FormatChecks() {}

    /** The server's complaint about {@code value} of {@code type}, if its format rejects it. */
    static Optional<String> problem(ApiType type, JsonNode value) {
        return type.accept(new Problem(value));
    }

    /** Only strings with a format and list strings (item by item) are checked; other types have no format. */
    private record Problem(JsonNode value) implements ApiType.Visitor<Optional<String>> {
        @Override
        public Optional<String> visitStringType(ApiType.StringType type) {
            return type.format().isPresent() && value.isTextual()
                    ? check(type.format().get(), value.asText())
                    : Optional.empty();
        }

        @Override
        public Optional<String> visitIntegerType(ApiType.IntegerType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitNumberType(ApiType.NumberType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitBooleanType(ApiType.BooleanType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitEnumType(ApiType.EnumType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitArrayType(ApiType.ArrayType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitObjectType(ApiType.ObjectType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitListStringType(ApiType.ListStringType type) {
            if (value.isArray()) {
                for (JsonNode item : value) {
                    Optional<String> problem = problem(type.element(), item);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> visitPropertyStringType(ApiType.PropertyStringType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitOneOfType(ApiType.OneOfType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitAnyType(ApiType.AnyType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitNullType(ApiType.NullType type) {
            return Optional.empty();
        }

        @Override
        public Optional<String> visitUpidType(ApiType.UpidType type) {
            return Optional.empty();
        }
    }

    private static Optional<String> check(String format, String text) {
        Check check = CHECKS.get(format);
        if (check == null || check.pattern().matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(check.message().contains("%s") ? String.format(check.message(), text) : check.message());
    }
}
