package dev.pvecodegen.runtime.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.json.PveJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Responses, requests and property-string values are values: equal by content, printable with their credentials
 * redacted. The classes below have the shape the generator gives them.
 */
class ValueSemanticsTest {
    private final ObjectMapper mapper = PveJson.newMapper();

    /** A response with a declared field, a secret field and whatever else the server sends. */
    static final class Ticket extends ResponseObject {
        @JsonProperty("username")
        private String username;

        @JsonProperty("ticket")
        private String ticket;

        @JsonSetter("username")
        private void setUsername(Object raw) {
            this.username = readString("username", raw);
        }

        @JsonSetter("ticket")
        private void setTicket(Object raw) {
            this.ticket = readString("ticket", raw);
        }

        String username() {
            return username;
        }

        String ticket() {
            return ticket;
        }

        @Override
        protected Set<String> secretFields() {
            return Set.of("ticket");
        }
    }

    /** A request of two parameters, one of them a credential. */
    static final class Login extends RequestParameters {
        Login(Map<String, Object> parameters) {
            super(parameters);
        }

        @Override
        protected Set<String> secretParameters() {
            return Set.of("password", "secret");
        }
    }

    /** A property string with a credential key. */
    static final class Remote extends PropertyStringValue {
        private final String wire;

        Remote(String wire) {
            super(List.of());
            this.wire = wire;
        }

        @Override
        public String wireValue() {
            return wire;
        }

        @Override
        protected Set<String> secretKeys() {
            return Set.of("password");
        }
    }

    @Test
    void responsesAreEqualByEverythingTheServerSent() throws Exception {
        Ticket a =
                mapper.readValue("{\"username\":\"root@pam\",\"ticket\":\"PVE:x\",\"cap\":{\"vms\":1}}", Ticket.class);
        Ticket b =
                mapper.readValue("{\"cap\":{\"vms\":1},\"ticket\":\"PVE:x\",\"username\":\"root@pam\"}", Ticket.class);
        Ticket other =
                mapper.readValue("{\"username\":\"root@pam\",\"ticket\":\"PVE:x\",\"cap\":{\"vms\":0}}", Ticket.class);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
        Ticket drifted = mapper.readValue("{\"username\":[1],\"ticket\":\"PVE:x\",\"cap\":{\"vms\":1}}", Ticket.class);
        assertThat(drifted).isNotEqualTo(a);
        assertThat(drifted.rawValue("username")).contains(List.of(1));
    }

    @Test
    void responsesPrintTheirContentWithCredentialsRedacted() throws Exception {
        Ticket ticket =
                mapper.readValue("{\"username\":\"root@pam\",\"ticket\":\"PVE:secret\",\"extra\":2}", Ticket.class);
        assertThat(ticket.toString())
                .isEqualTo("Ticket{\"username\":\"root@pam\",\"ticket\":\"***\",\"extra\":2}")
                .doesNotContain("PVE:secret");
    }

    @Test
    void nestedAndUndeclaredCredentialsAreRedactedToo() throws Exception {
        Ticket ticket = mapper.readValue(
                "{\"username\":\"root@pam\",\"remotes\":[{\"host\":\"pbs1\",\"password\":\"hunter2\"}],"
                        + "\"session\":{\"CSRFPreventionToken\":\"4EEC61E2:csrf\",\"note\":\"PVE:root@pam:4EEC61E2::"
                        + "c2lnbmF0dXJlc2lnbmF0dXJl\"}}",
                Ticket.class);
        assertThat(ticket.toString())
                .isEqualTo("Ticket{\"username\":\"root@pam\",\"remotes\":[{\"host\":\"pbs1\",\"password\":\"***\"}],"
                        + "\"session\":{\"CSRFPreventionToken\":\"***\",\"note\":\"***\"}}")
                .doesNotContain("hunter2", "csrf", "c2lnbmF0dXJl");
        assertThat(ticket.additionalProperties().get("remotes").toString()).contains("hunter2");
    }

    @Test
    void requestsAreEqualByParametersAndRedactCredentials() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("username", "root@pam");
        parameters.put("password", "hunter2");
        parameters.put("secret3", "family member");
        Login login = new Login(parameters);
        assertThat(login).isEqualTo(new Login(Map.copyOf(parameters))).hasSameHashCodeAs(new Login(parameters));
        assertThat(login).isNotEqualTo(new Login(Map.of("username", "root@pam")));
        assertThat(login.toString())
                .isEqualTo("Login{username=root@pam, password=***, secret3=***}")
                .doesNotContain("hunter2");
    }

    @Test
    void propertyStringsRedactCredentialKeysInToStringOnly() {
        Remote remote = new Remote("host=pbs1,password=hunter2,port=8007");
        assertThat(remote.toString()).isEqualTo("host=pbs1,password=***,port=8007");
        assertThat(remote.wireValue()).contains("hunter2");
        assertThat(remote).isEqualTo(new Remote("host=pbs1,password=hunter2,port=8007"));
    }

    @Test
    void aKeyTheOperationDoesNotAcceptIsRefusedByName() {
        Checks.notAccepted("scsi0", "import-from", false);
        assertThatThrownBy(() -> Checks.notAccepted("scsi0", "import-from", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scsi0: the key import-from is not accepted by this operation");
    }
}
