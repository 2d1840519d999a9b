package dev.pvecodegen.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pvecodegen.runtime.json.PveJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpidTest {
    static final String PVE = "UPID:pve1:0000C4F2:01A2B3C4:65A1B2C3:qmstart:100:root@pam:";
    static final String PBS =
            "UPID:pbs:00000ABC:0001B2C3:0000000000000004:65A1B2C3:garbage_collection:store1:" + "backup@pbs!ci:";

    @Test
    void parsesThePveForm() {
        Upid upid = Upid.parse(PVE);
        assertThat(upid.node()).isEqualTo("pve1");
        assertThat(upid.pid()).isEqualTo(0xC4F2);
        assertThat(upid.pstart()).isEqualTo(0x01A2B3C4);
        assertThat(upid.startTime()).isEqualTo(0x65A1B2C3);
        assertThat(upid.startedAt()).isEqualTo(Instant.ofEpochSecond(0x65A1B2C3));
        assertThat(upid.type()).isEqualTo("qmstart");
        assertThat(upid.id()).isEqualTo("100");
        assertThat(upid.user()).isEqualTo("root@pam");
        assertThat(upid.isBackupServer()).isFalse();
        assertThat(upid.toString()).isEqualTo(PVE);
    }

    @Test
    void parsesThePbsFormWithItsTaskCounter() {
        Upid upid = Upid.parse(PBS);
        assertThat(upid.node()).isEqualTo("pbs");
        assertThat(upid.taskCounter()).hasValue(4);
        assertThat(upid.type()).isEqualTo("garbage_collection");
        assertThat(upid.id()).isEqualTo("store1");
        assertThat(upid.user()).isEqualTo("backup@pbs!ci");
        assertThat(upid.isBackupServer()).isTrue();
        assertThat(Upid.parse(upid.toString())).isEqualTo(upid);
    }

    @Test
    void emptyIdAndTokenUser() {
        Upid upid = Upid.parse("UPID:n:00000001:00000002:00000003:aptupdate::svc@pve!tok:");
        assertThat(upid.id()).isEmpty();
        assertThat(upid.user()).isEqualTo("svc@pve!tok");
        assertThat(upid.toString()).isEqualTo("UPID:n:00000001:00000002:00000003:aptupdate::svc@pve!tok:");
    }

    @Test
    void rejectsTextThatIsNoUpid() {
        assertThatThrownBy(() -> Upid.parse("UPID:pve1:xyz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UPID:pve1:xyz");
        assertThatThrownBy(() -> Upid.parse("UPID:pve1:ZZ:01:02:qmstart:100:root@pam:"))
                .hasMessageContaining("pid");
        assertThatThrownBy(() -> Upid.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void travelsAsItsWireStringInJson() throws Exception {
        ObjectMapper mapper = PveJson.newMapper();
        assertThat(mapper.readValue('"' + PVE + '"', Upid.class)).isEqualTo(Upid.parse(PVE));
        assertThat(mapper.writeValueAsString(Upid.parse(PVE))).isEqualTo('"' + PVE + '"');
    }
}
