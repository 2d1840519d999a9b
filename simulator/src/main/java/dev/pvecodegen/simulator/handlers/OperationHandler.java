package dev.pvecodegen.simulator.handlers;

/** The behaviour of one operation; throws {@link dev.pvecodegen.simulator.http.ApiError} to fail the call. */
@FunctionalInterface
public interface OperationHandler {
    Reply handle(ApiCall call);
}
