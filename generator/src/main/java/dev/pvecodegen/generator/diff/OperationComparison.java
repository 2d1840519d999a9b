package dev.pvecodegen.generator.diff;

import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.BodyKind;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.schema.model.Returns;

/** Compares one operation present in both schemas: flags, parameters and the response. */
final class OperationComparison {

    private final ChangeCollector out;
    private final TypeComparison types;

    OperationComparison(ChangeCollector out) {
        this.out = out;
        this.types = new TypeComparison(out);
    }

    void compare(Operation oldOperation, Operation newOperation) {
        Location at = Location.operation(newOperation.method(), newOperation.path());
        compareAlias(at, oldOperation, newOperation);
        compareTokenSupport(
                at, oldOperation.flags().allowToken(), newOperation.flags().allowToken());
        compareExtraParameters(at, oldOperation.additionalParameters(), newOperation.additionalParameters());
        types.properties()
                .compareAll(
                        at,
                        "",
                        oldOperation.parameters().stream()
                                .map(Parameter::property)
                                .toList(),
                        newOperation.parameters().stream()
                                .map(Parameter::property)
                                .toList(),
                        Direction.INPUT,
                        PropertyComparison.Role.PARAMETER);
        compareBody(at, oldOperation.flags().body(), newOperation.flags().body());
        compareReturns(at.child("", Location.RETURNS), oldOperation.returns(), newOperation.returns());
    }

    private void compareBody(Location at, BodyKind before, BodyKind after) {
        if (before != after) {
            out.add(
                    ChangeKind.BODY_KIND_CHANGED,
                    at,
                    "payload changed from " + bodyText(before) + " to " + bodyText(after),
                    "the generated method changes shape: raw streams and JSON calls have different signatures");
        }
    }

    private static String bodyText(BodyKind body) {
        return switch (body) {
            case JSON -> "JSON";
            case DOWNLOAD -> "a raw download stream";
            case UPLOAD -> "a raw upload stream";
        };
    }

    private void compareAlias(Location at, Operation oldOperation, Operation newOperation) {
        if (oldOperation.name().isPresent()
                && newOperation.name().isPresent()
                && !oldOperation.name().equals(newOperation.name())) {
            out.add(
                    ChangeKind.OPERATION_ALIAS_CHANGED,
                    at,
                    "apidoc name changed from `" + oldOperation.name().get() + "` to `"
                            + newOperation.name().get() + "`",
                    "no effect on generated method names, which come from path and verb");
        }
    }

    private void compareTokenSupport(Location at, boolean tokenBefore, boolean tokenNow) {
        if (tokenBefore && !tokenNow) {
            out.add(
                    ChangeKind.TOKEN_SUPPORT_CHANGED,
                    Severity.BREAKING,
                    at,
                    "API tokens are now refused",
                    "calls made with an API token fail: this operation needs a ticket login");
        } else if (!tokenBefore && tokenNow) {
            out.add(
                    ChangeKind.TOKEN_SUPPORT_CHANGED,
                    Severity.ADDITIVE,
                    at,
                    "API tokens are now accepted",
                    "the operation can now be called with an API token");
        }
    }

    private void compareExtraParameters(Location at, boolean extraBefore, boolean extraNow) {
        if (extraBefore != extraNow) {
            out.add(
                    ChangeKind.ADDITIONAL_PROPERTIES_CHANGED,
                    extraNow ? Severity.ADDITIVE : Severity.BREAKING,
                    at,
                    extraNow ? "undeclared parameters are now accepted" : "undeclared parameters are now rejected",
                    extraNow
                            ? "extra parameters may be passed through the raw escape hatch"
                            : "requests carrying parameters the schema does not list are rejected");
        }
    }

    private void compareReturns(Location at, Returns oldReturns, Returns newReturns) {
        ApiType oldType = oldReturns.type();
        ApiType newType = newReturns.type();
        if (TypeShape.of(oldType) != TypeShape.of(newType)) {
            out.add(
                    ChangeKind.RETURN_TYPE_CHANGED,
                    at,
                    "return type changed from " + TypeText.describe(oldType) + " to " + TypeText.describe(newType),
                    Consequences.returnChange(oldType, newType));
            return;
        }
        if (oldReturns.optional() != newReturns.optional() && !(newType instanceof ApiType.NullType)) {
            boolean nowOptional = newReturns.optional();
            out.add(
                    nowOptional ? ChangeKind.NOW_OPTIONAL : ChangeKind.NOW_REQUIRED,
                    nowOptional ? Severity.BREAKING : Severity.ADDITIVE,
                    at,
                    nowOptional ? "the result may now be absent" : "the result is now always present",
                    nowOptional
                            ? "the method may return null (for a task: when no worker was needed)"
                            : "the method no longer returns null");
        }
        types.compare(at, oldType, newType, Direction.OUTPUT);
    }
}
