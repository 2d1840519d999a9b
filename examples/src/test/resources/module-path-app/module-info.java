/** A user's program on the module path: it names the modules of pvecodegen it reads, nothing else. */
module app {
    requires dev.pvecodegen.client.pve;
    requires dev.pvecodegen.runtime;
}
