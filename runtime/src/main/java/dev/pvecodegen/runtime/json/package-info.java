/** The lenient Jackson configuration for Proxmox answers. */
package dev.pvecodegen.runtime.json;
