/**
 * The runtime of the generated Proxmox clients: {@code PveClient}, requests, tasks, codecs and errors.
 *
 * <p>A real module rather than an automatic one: an automatic module cannot say what it needs, so on the module path
 * neither Jackson nor {@code java.net.http} would be resolved for it. Generated clients (automatic modules such as
 * {@code dev.pvecodegen.client.pve}) read it and, through {@code requires transitive}, Jackson.
 */
module dev.pvecodegen.runtime {
    requires transitive com.fasterxml.jackson.databind;
    // transitive: the wire package (exported, as on the class path) has java.net.http types in its signatures
    requires transitive java.net.http;

    exports dev.pvecodegen.runtime;
    exports dev.pvecodegen.runtime.auth;
    exports dev.pvecodegen.runtime.codec;
    exports dev.pvecodegen.runtime.drift;
    exports dev.pvecodegen.runtime.http;
    exports dev.pvecodegen.runtime.json;
    exports dev.pvecodegen.runtime.record;
    exports dev.pvecodegen.runtime.support;
    exports dev.pvecodegen.runtime.task;
    exports dev.pvecodegen.runtime.tls;

    // Jackson reads and writes the runtime's own value types (task log lines, the base of every generated
    // response) reflectively.
    opens dev.pvecodegen.runtime.json to
            com.fasterxml.jackson.databind;
    opens dev.pvecodegen.runtime.support to
            com.fasterxml.jackson.databind;
    opens dev.pvecodegen.runtime.task to
            com.fasterxml.jackson.databind;
}
