package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.LiveUpdates;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.persistence.Database;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code ocpizza terminals}: the same list as the back office, as a table or as JSON. */
class TerminalsCommandTest {

    @RegisterExtension
    static final SeededCli cli = new SeededCli();

    @BeforeAll
    static void twoTerminals() {
        try (Database database = cli.database().connect()) {
            TerminalHeartbeats table = new TerminalHeartbeats(database.sessionFactory());
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            table.save(new Heartbeat(UUID.randomUUID(), "caisse-bastille", 1, "counter", "caisse1", "1.0.0", now.minusSeconds(3),
                    UUID.randomUUID(), 42L, true, LiveUpdates.REDIS_UP, 15, now.minusSeconds(3600), now, null));
            table.save(new Heartbeat(UUID.randomUUID(), "cuisine-republique", 2, "kitchen", null, "1.0.0", null, null, null,
                    true, LiveUpdates.REDIS_DOWN, 15, now.minusSeconds(7200), now.minusSeconds(900), null));
        }
    }

    @Test
    void tableListsTheOfflineTerminalFirst() {
        CliRunner.Result result = cli.run("terminals");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).startsWith("STATUS").contains("LAST HEARTBEAT");
        assertThat(result.outLines().get(1)).startsWith("OFFLINE").contains("cuisine-republique").contains("REDIS_DOWN");
        assertThat(result.outLines().get(2)).startsWith("ONLINE").contains("caisse-bastille").contains("caisse1").contains("#42");
    }

    @Test
    void jsonForMonitoringTools() throws Exception {
        CliRunner.Result result = cli.run("terminals", "--json", "--store", "1");

        assertThat(result.exitCode()).isZero();
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.path("checkedAt").asText()).isNotBlank();
        assertThat(document.path("terminals")).hasSize(1);
        JsonNode terminal = document.path("terminals").get(0);
        assertThat(terminal.path("hostname").asText()).isEqualTo("caisse-bastille");
        assertThat(terminal.path("status").asText()).isEqualTo("ONLINE");
        assertThat(terminal.path("staffLogin").asText()).isEqualTo("caisse1");
        assertThat(terminal.path("lastEventSeq").asLong()).isEqualTo(42);
        assertThat(terminal.path("databaseUp").asBoolean()).isTrue();
        assertThat(terminal.path("liveUpdates").asText()).isEqualTo("REDIS_UP");
        assertThat(terminal.path("ageSeconds").asLong()).isBetween(0L, 60L);
    }
}
