/**
 * The runtime that generated Proxmox clients call: {@link dev.pvecodegen.runtime.PveClient} (transport,
 * authentication, TLS, failover, retries), the request model {@link dev.pvecodegen.runtime.ApiRequest} and
 * {@link dev.pvecodegen.runtime.ApiExecutor}, and the exception hierarchy rooted at
 * {@link dev.pvecodegen.runtime.PveException}.
 */
package dev.pvecodegen.runtime;
