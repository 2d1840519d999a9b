package dev.pvecodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pvecodegen.schema.model.ApiModel;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Property;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answers issue 11 names as under-described by pve-9.2's schema, each typed by the shipped model (supplement and
 * inference, as {@code generate} applies them by default): the fields listed reach declared properties, which the
 * schema alone does not declare.
 */
class TypedAnswersTest {

    @ParameterizedTest(name = "GET {0}")
    @CsvSource(delimiter = '|', textBlock = """
            /cluster/options                                   | keyboard console mac_prefix
            /access/domains/{realm}                            | comment default
            /cluster/ha/groups/{group}                         | nodes restricted nofailback
            /cluster/metrics/server/{id}                       | mtu disable
            /cluster/sdn/ipams/{ipam}                          | url section
            /cluster/sdn/dns/{dns}                             | url ttl
            /cluster/sdn/prefix-lists/{id}                     | entries
            /nodes/{node}/network/{iface}                      | bridge_ports address
            /cluster/firewall/aliases/{name}                   | cidr comment
            /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/config | memory cores
            /cluster/sdn/vnets/{vnet}/subnets                  | gateway snat
            /cluster/sdn/prefix-lists                          | entries
            /cluster                                           | name
            /nodes/{node}                                      | name
            /cluster/ceph                                      | name
            /nodes/{node}/disks                                | name
            /nodes/{node}/rrddata                              | time cpu maxcpu memused memtotal netin netout
            /nodes/{node}/qemu/{vmid}/rrddata                  | time cpu maxcpu mem maxmem netin netout diskread diskwrite
            /nodes                                             | type id disk maxdisk
            /cluster/tasks                                     | node status type user starttime endtime
            /cluster/ha/resources                              | state group max_restart max_relocate
            /nodes/{node}/qemu/{vmid}/status/current           | disk
            /nodes/{node}/lxc/{vmid}/status/current            | pid swap type
            /storage/{storage}                                 | prune-backups
            """)
    void theShippedModelTypesWhatTheSchemaLeavesOut(String path, String fields) {
        List<String> names = List.of(fields.split(" "));

        assertThat(propertyNames(SharedSchemas.model("pve-9.2"), path)).containsAll(names);
        assertThat(propertyNames(SharedSchemas.declared("pve-9.2"), path))
                .as("the schema alone")
                .doesNotContainAnyElementsOf(names);
    }

    /** The properties of the object a GET answers, or of its items. */
    private static List<String> propertyNames(ApiModel model, String path) {
        ApiType type =
                model.operation(HttpMethod.GET, path).orElseThrow().returns().type();
        ApiType object = type instanceof ApiType.ArrayType array ? array.items() : type;
        return object instanceof ApiType.ObjectType o
                ? o.properties().stream().map(Property::name).toList()
                : List.of();
    }
}
