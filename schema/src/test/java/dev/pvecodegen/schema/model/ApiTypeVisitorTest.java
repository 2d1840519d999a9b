package dev.pvecodegen.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTypeVisitorTest {

    /** Names the visitor method that was called, so that a variant wired to the wrong method shows. */
    private static final class MethodNames implements ApiType.Visitor<String> {
        @Override
        public String visitStringType(ApiType.StringType type) {
            return "string";
        }

        @Override
        public String visitIntegerType(ApiType.IntegerType type) {
            return "integer";
        }

        @Override
        public String visitNumberType(ApiType.NumberType type) {
            return "number";
        }

        @Override
        public String visitBooleanType(ApiType.BooleanType type) {
            return "boolean";
        }

        @Override
        public String visitEnumType(ApiType.EnumType type) {
            return "enum";
        }

        @Override
        public String visitArrayType(ApiType.ArrayType type) {
            return "array";
        }

        @Override
        public String visitObjectType(ApiType.ObjectType type) {
            return "object";
        }

        @Override
        public String visitListStringType(ApiType.ListStringType type) {
            return "list-string";
        }

        @Override
        public String visitPropertyStringType(ApiType.PropertyStringType type) {
            return "property-string";
        }

        @Override
        public String visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
            return "opaque-property-string";
        }

        @Override
        public String visitOneOfType(ApiType.OneOfType type) {
            return "one-of";
        }

        @Override
        public String visitAnyType(ApiType.AnyType type) {
            return "any";
        }

        @Override
        public String visitNullType(ApiType.NullType type) {
            return "null";
        }

        @Override
        public String visitUpidType(ApiType.UpidType type) {
            return "upid";
        }
    }

    @Test
    void everyVariantCallsItsOwnMethod() {
        ApiType string = ApiType.StringType.plain();
        PropertyStringFormat format = new PropertyStringFormat(
                "net", Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), "/0");
        List<ApiType> variants = List.of(
                string,
                new ApiType.IntegerType(Optional.of(BigDecimal.ONE), Optional.empty()),
                new ApiType.NumberType(Optional.empty(), Optional.empty()),
                new ApiType.BooleanType(),
                new ApiType.EnumType(ApiType.ScalarKind.STRING, List.of("a")),
                new ApiType.ArrayType(string),
                new ApiType.ObjectType(List.of(), new AdditionalProperties.Closed(), Optional.empty()),
                new ApiType.ListStringType(Optional.of("pve-vmid-list"), string, ","),
                new ApiType.PropertyStringType(format),
                new ApiType.OpaquePropertyStringType("pve-qm-boot", Optional.empty()),
                new ApiType.OneOfType("type", List.of()),
                new ApiType.AnyType("open"),
                new ApiType.NullType(),
                new ApiType.UpidType());

        List<String> called =
                variants.stream().map(type -> type.accept(new MethodNames())).toList();

        assertThat(called)
                .containsExactly(
                        "string",
                        "integer",
                        "number",
                        "boolean",
                        "enum",
                        "array",
                        "object",
                        "list-string",
                        "property-string",
                        "opaque-property-string",
                        "one-of",
                        "any",
                        "null",
                        "upid");
    }
}
