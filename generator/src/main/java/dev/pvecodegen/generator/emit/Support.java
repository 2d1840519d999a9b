package dev.pvecodegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** Names of the runtime types that generated code uses: the runtime's public API and its {@code support} package. */
final class Support {
    static final String RUNTIME = "dev.pvecodegen.runtime";
    static final String SUPPORT = RUNTIME + ".support";

    static final ClassName API_EXECUTOR = ClassName.get(RUNTIME, "ApiExecutor");
    static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
    static final ClassName API_REQUEST_BUILDER = API_REQUEST.nestedClass("Builder");
    static final ClassName HTTP_VERB = ClassName.get(RUNTIME, "HttpVerb");
    static final ClassName TASK = ClassName.get(RUNTIME + ".task", "Task");
    static final ClassName CHECKS = ClassName.get(SUPPORT, "Checks");
    static final ClassName CALLS = ClassName.get(SUPPORT, "Calls");
    static final ClassName OPTIONALS = ClassName.get(SUPPORT, "Optionals");
    static final ClassName TYPE_REFS = ClassName.get(SUPPORT, "TypeRefs");
    static final ClassName ENUM_VALUE = ClassName.get(SUPPORT, "EnumValue");
    static final ClassName LENIENT = ClassName.get(SUPPORT, "Lenient");
    static final ClassName RESPONSE_OBJECT = ClassName.get(SUPPORT, "ResponseObject");
    static final ClassName INDEXED_FAMILIES = ClassName.get(SUPPORT, "IndexedFamilies");
    static final ClassName REQUEST_PARAMETERS = ClassName.get(SUPPORT, "RequestParameters");
    static final ClassName REQUEST_DRAFT = REQUEST_PARAMETERS.nestedClass("Draft");
    static final ClassName PROPERTY_STRING_VALUE = ClassName.get(SUPPORT, "PropertyStringValue");
    static final ClassName PROPERTY_STRING_SPEC = ClassName.get(SUPPORT, "PropertyStringSpec");
    static final ClassName PROPERTY_STRING_FIELDS = ClassName.get(SUPPORT, "PropertyStringFields");
    static final ClassName PROPERTY_STRINGS_ENTRY = ClassName.get(RUNTIME + ".codec", "PropertyStrings", "Entry");

    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonSetter");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");

    /** {@code @Generated} without a date, so that output is byte-identical across runs. */
    static final AnnotationSpec GENERATED = AnnotationSpec.builder(
                    ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", "dev.pvecodegen.generator.CodeGenerator")
            .build();

    static AnnotationSpec jsonCreatorDelegating() {
        return AnnotationSpec.builder(JSON_CREATOR)
                .addMember("mode", "$T.Mode.DELEGATING", JSON_CREATOR)
                .build();
    }

    private Support() {}
}
