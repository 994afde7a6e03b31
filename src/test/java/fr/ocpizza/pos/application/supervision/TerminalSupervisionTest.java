package fr.ocpizza.pos.application.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.events.InProcessEventBus;
import fr.ocpizza.pos.events.TerminalsChannel;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who sees which terminals: managers only, a store manager his store's, a chain manager all. */
class TerminalSupervisionTest {

    private static TestDatabase testDb;
    private static Database database;
    private static Fixtures fx;
    private static final InProcessEventBus bus = new InProcessEventBus();
    private static TerminalSupervision supervision;

    @BeforeAll
    static void twoStoresWithATerminalEach() {
        testDb = TestPostgres.newDatabase();
        database = testDb.connect();
        fx = new Fixtures(database);
        TerminalHeartbeats table = new TerminalHeartbeats(database.sessionFactory());
        table.save(beat(1, "caisse-bastille"));
        table.save(beat(2, "caisse-republique"));
        supervision = new TerminalSupervision(table, new TerminalsChannel(bus));
    }

    @AfterAll
    static void drop() {
        bus.close();
        database.close();
        testDb.close();
    }

    @Test
    void aCashierMayNotSeeTheTerminals() {
        StaffPrincipal cashier = fx.staff("caisse1");

        assertThatThrownBy(() -> supervision.terminals(cashier)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> supervision.watch(cashier, beat -> { })).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aStoreManagerSeesHisStoresTerminalsOnly() {
        List<Heartbeat> seen = supervision.terminals(fx.staff("gerant1"));

        assertThat(seen).extracting(Heartbeat::hostname).containsExactly("caisse-bastille");
    }

    @Test
    void aChainManagerSeesEveryTerminal() {
        List<Heartbeat> seen = supervision.terminals(fx.staff("direction"));

        assertThat(seen).extracting(Heartbeat::hostname).containsExactly("caisse-bastille", "caisse-republique");
    }

    @Test
    void liveHeartbeatsOfOtherStoresDoNotReachAStoreManager() throws Exception {
        List<Heartbeat> received = new CopyOnWriteArrayList<>();
        try (AutoCloseable watch = supervision.watch(fx.staff("gerant1"), received::add)) {
            bus.publish(HeartbeatChannel.NAME, HeartbeatJson.write(beat(2, "cuisine-republique")));
            bus.publish(HeartbeatChannel.NAME, "not json");
            bus.publish(HeartbeatChannel.NAME, HeartbeatJson.write(beat(1, "cuisine-bastille")));
        }

        assertThat(received).extracting(Heartbeat::hostname).containsExactly("cuisine-bastille");
    }

    private static Heartbeat beat(int storeId, String hostname) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new Heartbeat(UUID.randomUUID(), hostname, storeId, "counter", "caisse" + storeId, "1.0.0", null, null, null,
                true, LiveUpdates.REDIS_UP, 15, now.minusSeconds(600), now, null);
    }
}
