package dev.pvecodegen.generator.learn;

import dev.pvecodegen.schema.model.ApiType;

/** A type in a word or two, for evidence and conflict lines ({@code integer}, {@code property string}). */
final class TypeWords {

    private TypeWords() {}

    static String of(ApiType type) {
        if (type instanceof ApiType.StringType) {
            return "string";
        } else if (type instanceof ApiType.IntegerType) {
            return "integer";
        } else if (type instanceof ApiType.NumberType) {
            return "number";
        } else if (type instanceof ApiType.BooleanType) {
            return "boolean";
        } else if (type instanceof ApiType.EnumType) {
            return "enum";
        } else if (type instanceof ApiType.ArrayType) {
            return "list";
        } else if (type instanceof ApiType.ObjectType) {
            return "object";
        } else if (type instanceof ApiType.PropertyStringType || type instanceof ApiType.OpaquePropertyStringType) {
            return "property string";
        } else if (type instanceof ApiType.ListStringType) {
            return "list string";
        }
        return "open value";
    }
}
