/** Certificate checks: JVM trust store, a cluster CA, SHA-256 fingerprint pins per host, or (loudly) none. */
package dev.pvecodegen.runtime.tls;
