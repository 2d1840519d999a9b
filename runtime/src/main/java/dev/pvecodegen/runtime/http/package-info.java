/**
 * The wire: request encoding, failover transport over {@code java.net.http}, envelope decoding and error mapping.
 * Used by {@link dev.pvecodegen.runtime.PveClient}; not meant to be called directly.
 */
package dev.pvecodegen.runtime.http;
