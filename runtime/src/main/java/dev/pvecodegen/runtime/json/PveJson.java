package dev.pvecodegen.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The Jackson configuration for Proxmox answers, which drift in type between releases and backends: booleans as
 * {@code true}/{@code 1}/{@code "1"}/{@code ""}, numbers as strings ({@code "memory": "2048"}), unknown properties
 * and enum values (kept by generated classes through {@code @JsonAnySetter} and unknown-enum defaults), a lone
 * value where a list is declared.
 */
public final class PveJson {
    private PveJson() {}

    /** A new, independently configurable mapper with the lenient Proxmox settings. */
    public static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addModule(lenientModule())
                .build();
        // Perl writes numbers as strings and sometimes as "" for "unset": read "42" as 42 and "" as null (0 for
        // primitives) instead of failing the whole answer.
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        return mapper;
    }

    /** The lenient readers as a module, for callers who configure their own mapper. */
    public static SimpleModule lenientModule() {
        SimpleModule module = new SimpleModule("pvecodegen-lenient");
        module.addDeserializer(Boolean.class, new LenientBooleanDeserializer(Boolean.class, false));
        module.addDeserializer(boolean.class, new LenientBooleanDeserializer(boolean.class, true));
        return module;
    }
}
