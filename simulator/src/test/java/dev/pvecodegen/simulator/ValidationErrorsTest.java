package dev.pvecodegen.simulator;

import static dev.pvecodegen.simulator.PveHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationErrorsTest {
    private static PveSimulator simulator;
    private static PveHttp http;

    @BeforeAll
    static void start() throws Exception {
        simulator = PveSimulator.start(TestModels.options().build());
        http = new PveHttp(simulator).loginRoot();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void reportsEveryBadParameterAtOnceInTheJsonShape() throws Exception {
        PveHttp.Answer answer = http.post(
                "/nodes/pve/qemu",
                form(
                        "vmid", "abc",
                        "net[0]", "virtio,bridge=vmbr0",
                        "net40", "virtio,bridge=vmbr0",
                        "onboot", "true",
                        "ostype", "linux",
                        "cores", "0",
                        "unknownkey", "1"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.data().isNull()).isTrue();
        assertThat(answer.message()).isEqualTo("Parameter verification failed.\n");
        assertThat(answer.errors().get("vmid").asText()).isEqualTo("type check ('integer') failed - got 'abc'");
        assertThat(answer.errors().get("onboot").asText()).isEqualTo("type check ('boolean') failed - got 'true'");
        assertThat(answer.errors().get("net[0]").asText()).startsWith("property is not defined in schema");
        assertThat(answer.errors().get("net40").asText()).startsWith("property is not defined in schema");
        assertThat(answer.errors().get("unknownkey").asText()).startsWith("property is not defined in schema");
        assertThat(answer.errors().get("ostype").asText())
                .startsWith("value 'linux' does not have a value in the enumeration 'other, wxp");
        assertThat(answer.errors().get("cores").asText()).isEqualTo("value must have a minimum value of 1");
    }

    @Test
    void extjsAnswersHttp200WithSuccessZeroAndStatus() throws Exception {
        PveHttp extjs = new PveHttp(simulator).loginRoot().extjs();
        PveHttp.Answer answer = extjs.post("/nodes/pve/qemu", form("vmid", "99"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("success").asInt()).isZero();
        assertThat(answer.body().get("status").asInt()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Parameter verification failed.\n");
        assertThat(answer.errors().get("vmid").asText()).isEqualTo("value must have a minimum value of 100");
        assertThat(answer.body().has("data")).isTrue();
    }

    @Test
    void checksPropertyStringSubKeys() throws Exception {
        PveHttp.Answer unknownKey =
                http.post("/nodes/pve/qemu", form("vmid", "150", "net0", "virtio,bridge=vmbr0,colour=blue"));
        assertThat(unknownKey.errors().get("net0").asText())
                .isEqualTo("invalid format - invalid key in comma-separated list property: colour");

        PveHttp.Answer badValue =
                http.post("/nodes/pve/qemu", form("vmid", "150", "net0", "virtio,bridge=vmbr0,tag=0"));
        assertThat(badValue.errors().get("net0").asText())
                .startsWith("invalid format - format error\nnet0.tag: value must have a minimum value of 1");

        PveHttp.Answer badEnum = http.post("/nodes/pve/qemu", form("vmid", "150", "net0", "model=rtl9999"));
        assertThat(badEnum.errors().get("net0").asText()).contains("net0.model: value 'rtl9999' does not have a value");
    }

    @Test
    void patternsRangesAndRequiredParameters() throws Exception {
        PveHttp.Answer token = http.post("/access/users/root@pam/token/9bad", form());
        assertThat(token.errors().get("tokenid").asText()).isEqualTo("value does not match the regex pattern");

        PveHttp.Answer missing = http.post("/access/ticket", form("username", "root@pam"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errors().get("password").asText()).isEqualTo("property is missing and it is not optional");

        PveHttp.Answer requires =
                http.post("/access/ticket", form("username", "root@pam", "password", "x", "path", "/"));
        assertThat(requires.errors().get("privs").asText())
                .isEqualTo("missing property - 'path' requires this property");

        PveHttp.Answer range = http.get("/cluster/nextid", form("vmid", "99"));
        assertThat(range.errors().get("vmid").asText()).isEqualTo("value must have a minimum value of 100");
    }

    @Test
    void acceptsConcreteIndexedNamesAndBooleansAsOneAndZero() throws Exception {
        PveHttp.Answer answer = http.post(
                "/nodes/pve/qemu",
                form(
                        "vmid",
                        "160",
                        "net1",
                        "virtio,bridge=vmbr0",
                        "scsi30",
                        "local-lvm:1",
                        "onboot",
                        "1",
                        "numa",
                        "0",
                        "numa0",
                        "cpus=0-1,memory=512"));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        http.awaitTask(answer.data().asText());
    }

    @Test
    void namedFormatsAndUnionVariants() throws Exception {
        PveHttp.Answer node = http.get("/cluster/resources", form("type", "vm"));
        assertThat(node.status()).isEqualTo(200);
        PveHttp.Answer badNode = http.post("/nodes/pve/qemu/100/migrate", form("target", "bad_node!"));
        assertThat(badNode.errors().get("target").asText()).isEqualTo("value does not look like a valid node name");
        PveHttp.Answer badName = http.post("/nodes/pve/qemu", form("vmid", "150", "name", "not a dns name!"));
        assertThat(badName.errors().get("name").asText()).isEqualTo("value does not look like a valid DNS name");
        PveHttp.Answer badDelete = http.put("/nodes/pve/qemu/100/config", form("delete", "net0,Bad-Key"));
        assertThat(badDelete.errors().get("delete").asText()).isEqualTo("invalid configuration ID 'Bad-Key'");

        PveHttp.Answer wrongVariant = http.post(
                "/cluster/ha/rules",
                form(
                        "rule",
                        "keep-apart",
                        "type",
                        "resource-affinity",
                        "resources",
                        "vm:100,vm:101",
                        "affinity",
                        "negative",
                        "strict",
                        "1"));
        assertThat(wrongVariant.errors().get("strict").asText()).startsWith("property is not defined in schema");
        assertThat(wrongVariant.errors().has("affinity")).isFalse();
    }

    @Test
    void jsonBodiesMayUseJsonTypes() throws Exception {
        PveHttp.Answer answer = http.sendJson(
                "POST",
                "/nodes/pve/qemu",
                "{\"vmid\": 170, \"onboot\": true, \"cores\": 2, \"net0\": \"virtio,bridge=vmbr0\"}");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        http.awaitTask(answer.data().asText());
        PveHttp.Answer wrongType = http.sendJson("POST", "/nodes/pve/qemu", "{\"vmid\": 171, \"cores\": \"two\"}");
        assertThat(wrongType.errors().get("cores").asText()).isEqualTo("type check ('integer') failed - got 'two'");
    }

    @Test
    void bodyOnGetAndUnknownPathsAre501() throws Exception {
        PveHttp.Answer body = http.send("GET", "/nodes", "a=1");
        assertThat(body.status()).isEqualTo(501);

        PveHttp.Answer unknown = http.get("/nodes/pve/nothing-here");
        assertThat(unknown.status()).isEqualTo(501);
        assertThat(unknown.message()).contains("not implemented");
    }

    @Test
    void notFoundIs500WithDoesNotExist() throws Exception {
        PveHttp.Answer answer = http.get("/nodes/pve/qemu/4242/config");
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.message()).isEqualTo("Configuration file 'nodes/pve/qemu-server/4242.conf' does not exist\n");
        assertThat(http.get("/nodes/pve/lxc/4242/firewall/options").message())
                .isEqualTo("Configuration file 'nodes/pve/lxc/4242.conf' does not exist\n");
        http.awaitTask(http.post("/nodes/pve/qemu", form("vmid", "180")).data().asText());
        assertThat(http.get("/nodes/pve/qemu/180/agent/info").message()).isEqualTo("No QEMU guest agent configured\n");
    }
}
