package dev.pvecodegen.generator.bind;

import dev.pvecodegen.schema.model.ApiType;

/**
 * A visitor of {@link ApiType} for dispatches that treat most variants alike: each variant not overridden goes to
 * {@link #otherwise(ApiType)}. Exhaustive dispatches implement {@link ApiType.Visitor} directly.
 *
 * @param <R> the result
 */
public abstract class TypeVisitor<R> implements ApiType.Visitor<R> {

    /** The result for every variant this visitor does not handle specially. */
    protected abstract R otherwise(ApiType type);

    @Override
    public R visitStringType(ApiType.StringType type) {
        return otherwise(type);
    }

    @Override
    public R visitIntegerType(ApiType.IntegerType type) {
        return otherwise(type);
    }

    @Override
    public R visitNumberType(ApiType.NumberType type) {
        return otherwise(type);
    }

    @Override
    public R visitBooleanType(ApiType.BooleanType type) {
        return otherwise(type);
    }

    @Override
    public R visitEnumType(ApiType.EnumType type) {
        return otherwise(type);
    }

    @Override
    public R visitArrayType(ApiType.ArrayType type) {
        return otherwise(type);
    }

    @Override
    public R visitObjectType(ApiType.ObjectType type) {
        return otherwise(type);
    }

    @Override
    public R visitListStringType(ApiType.ListStringType type) {
        return otherwise(type);
    }

    @Override
    public R visitPropertyStringType(ApiType.PropertyStringType type) {
        return otherwise(type);
    }

    @Override
    public R visitOpaquePropertyStringType(ApiType.OpaquePropertyStringType type) {
        return otherwise(type);
    }

    @Override
    public R visitOneOfType(ApiType.OneOfType type) {
        return otherwise(type);
    }

    @Override
    public R visitAnyType(ApiType.AnyType type) {
        return otherwise(type);
    }

    @Override
    public R visitNullType(ApiType.NullType type) {
        return otherwise(type);
    }

    @Override
    public R visitUpidType(ApiType.UpidType type) {
        return otherwise(type);
    }
}
