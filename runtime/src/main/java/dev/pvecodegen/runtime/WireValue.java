package dev.pvecodegen.runtime;

/**
 * A value with a fixed text form on the wire. Generated enums and property-string classes implement it so that
 * {@link ApiRequest.Builder#param(String, Object)} sends {@link #wireValue()} rather than {@code toString()}.
 */
public interface WireValue {
    /** The exact text the server expects, e.g. {@code "virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0"}. */
    String wireValue();
}
