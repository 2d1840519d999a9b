package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pvecodegen.schema.model.ApiType;
import dev.pvecodegen.schema.model.HttpMethod;
import dev.pvecodegen.schema.model.Operation;
import dev.pvecodegen.schema.model.Parameter;
import dev.pvecodegen.simulator.synth.ResponseSynthesizer;
import dev.pvecodegen.simulator.validation.TypeSchemas;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls every GET operation of PVE 9.2 — path variables from seeded state (a VM, a container, a snapshot, a pool,
 * a token, a task), required parameters synthesized — and checks that each answer validates against the
 * operation's returns schema read the way a client must read it (booleans 0/1, numbers possibly as strings).
 */
class ReturnsSweepTest {
    private static PveSimulator simulator;
    private static PveHttp http;
    private static final Map<String, String> SEEDS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        simulator = PveSimulator.start(TestModels.options()
                .taskDuration(Duration.ZERO)
                .token("root@pam", "ci", "secret")
                .build());
        http = new PveHttp(simulator).loginRoot();
        http.post(
                "/nodes/pve/qemu",
                form(
                        "vmid",
                        "100",
                        "name",
                        "vm100",
                        "scsi0",
                        "local-lvm:2",
                        "net0",
                        "virtio,bridge=vmbr0",
                        "agent",
                        "1"));
        http.post(
                "/nodes/pve/lxc",
                form("vmid", "300", "ostemplate", "local:vztmpl/debian-13-standard_13.1-2_amd64.tar.zst"));
        http.post("/nodes/pve/qemu/100/snapshot", form("snapname", "snap1"));
        http.post("/nodes/pve/lxc/300/snapshot", form("snapname", "snap1"));
        http.post("/pools", form("poolid", "prod"));
        String upid =
                http.post("/nodes/pve/qemu/100/status/start", form()).data().asText();
        SEEDS.put("node", "pve");
        SEEDS.put("storage", "local");
        SEEDS.put("snapname", "snap1");
        SEEDS.put("poolid", "prod");
        SEEDS.put("userid", "root@pam");
        SEEDS.put("tokenid", "ci");
        SEEDS.put("upid", upid);
        SEEDS.put("volume", "local:iso/debian-13.1.0-amd64-netinst.iso");
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void everyGetAnswerConformsToItsReturnsSchema() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        TypeSchemas returns = new TypeSchemas(TypeSchemas.Mode.RETURNS);
        ResponseSynthesizer values = new ResponseSynthesizer(1, "pve", false);
        List<String> failures = new ArrayList<>();
        int called = 0;
        for (Operation operation : simulator.model().operations()) {
            if (operation.method() != HttpMethod.GET) {
                continue;
            }
            String path = concretePath(operation, values);
            Map<String, String> query = new LinkedHashMap<>();
            for (Parameter parameter : operation.requestParameters()) {
                if (parameter.required()) {
                    query.put(
                            parameter.name(),
                            wireText(values.generate(
                                    parameter.property().type(), operation.key() + parameter.name(), SEEDS)));
                }
            }
            PveHttp.Answer answer = query.isEmpty() ? http.get(path) : http.get(path, query);
            called++;
            if (answer.status() != 200) {
                failures.add(operation.key() + " -> " + answer.status() + " " + answer.body());
                continue;
            }
            JsonNode data = answer.data();
            if (data.isNull() && operation.returns().optional()) {
                continue;
            }
            Schema schema = registry.getSchema(
                    returns.schema(operation.returns().type()).toString(), InputFormat.JSON);
            List<Error> errors = schema.validate(data.toString(), InputFormat.JSON);
            if (!errors.isEmpty()) {
                failures.add(operation.key() + " -> " + errors.subList(0, Math.min(3, errors.size())) + " in "
                        + abbreviate(data.toString()));
            }
        }
        assertThat(called).isGreaterThan(300);
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void statefulWritesAnswerWhatTheirReturnsSchemaSays() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        TypeSchemas returns = new TypeSchemas(TypeSchemas.Mode.RETURNS);
        Map<String, PveHttp.Answer> answers = new LinkedHashMap<>();
        answers.put(
                "POST /access/ticket",
                http.post(
                        "/access/ticket",
                        form("username", "root@pam", "password", SimulatorOptions.DEFAULT_ROOT_PASSWORD)));
        answers.put(
                "POST /access/users/{userid}/token/{tokenid}",
                http.post("/access/users/root@pam/token/sweep", form("privsep", "0")));
        answers.put("POST /nodes/{node}/qemu", http.post("/nodes/pve/qemu", form("vmid", "110")));
        answers.put("PUT /nodes/{node}/qemu/{vmid}/config", http.put("/nodes/pve/qemu/110/config", form("cores", "2")));
        answers.put(
                "POST /nodes/{node}/qemu/{vmid}/config", http.post("/nodes/pve/qemu/110/config", form("cores", "3")));
        answers.put(
                "POST /nodes/{node}/qemu/{vmid}/clone", http.post("/nodes/pve/qemu/110/clone", form("newid", "111")));
        answers.put(
                "POST /nodes/{node}/qemu/{vmid}/snapshot",
                http.post("/nodes/pve/qemu/110/snapshot", form("snapname", "s1")));
        answers.put("POST /pools", http.post("/pools", form("poolid", "sweep")));
        answers.put(
                "POST /nodes/{node}/storage/{storage}/content",
                http.post(
                        "/nodes/pve/storage/local-lvm/content",
                        form("vmid", "110", "filename", "vm-110-disk-9", "size", "1G")));
        answers.put("DELETE /nodes/{node}/qemu/{vmid}", http.delete("/nodes/pve/qemu/111"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, PveHttp.Answer> entry : answers.entrySet()) {
            String[] key = entry.getKey().split(" ", 2);
            Operation operation = simulator
                    .model()
                    .operation(HttpMethod.valueOf(key[0]), key[1])
                    .orElseThrow();
            PveHttp.Answer answer = entry.getValue();
            if (answer.status() != 200) {
                failures.add(entry.getKey() + " -> " + answer.status() + " " + answer.body());
                continue;
            }
            if (answer.data().isNull()
                    && (operation.returns().optional() || operation.returns().type() instanceof ApiType.NullType)) {
                continue;
            }
            List<Error> errors = registry.getSchema(
                            returns.schema(operation.returns().type()).toString(), InputFormat.JSON)
                    .validate(answer.data().toString(), InputFormat.JSON);
            if (!errors.isEmpty()) {
                failures.add(entry.getKey() + " -> " + errors);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** Seeded values for the variables the state knows, synthesized ones (by type) for the others. */
    private static String concretePath(Operation operation, ResponseSynthesizer values) {
        String template = operation.path();
        StringBuilder path = new StringBuilder();
        for (String segment : template.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            path.append('/');
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1);
                String value = name.equals("vmid")
                        ? (template.contains("/lxc/") ? "300" : "100")
                        : SEEDS.containsKey(name)
                                ? SEEDS.get(name)
                                : operation
                                        .parameter(name)
                                        .map(p -> wireText(
                                                values.generate(p.property().type(), template + name, SEEDS)))
                                        .orElse("alpha");
                path.append(PveHttp.path(value));
            } else {
                path.append(segment);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private static String wireText(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
