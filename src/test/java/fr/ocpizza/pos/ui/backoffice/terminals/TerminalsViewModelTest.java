package fr.ocpizza.pos.ui.backoffice.terminals;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.HeartbeatChannel;
import fr.ocpizza.pos.application.supervision.HeartbeatJson;
import fr.ocpizza.pos.application.supervision.LiveUpdates;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.application.supervision.TerminalSupervision;
import fr.ocpizza.pos.domain.supervision.TerminalStatus;
import fr.ocpizza.pos.events.InProcessEventBus;
import fr.ocpizza.pos.events.TerminalsChannel;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.MutableClock;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Terminals tab's view model, with no screen: order, live updates, ages, and the newer of database and Redis. */
class TerminalsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");

    private TestDatabase testDb;
    private Database database;
    private TerminalHeartbeats table;
    private final InProcessEventBus bus = new InProcessEventBus();
    private MutableClock clock;
    private TerminalsViewModel viewModel;

    @BeforeEach
    void open() {
        testDb = TestPostgres.newDatabase();
        database = testDb.connect();
        table = new TerminalHeartbeats(database.sessionFactory());
        clock = new MutableClock(NOW);
        viewModel = new TerminalsViewModel(new TerminalSupervision(table, new TerminalsChannel(bus)),
                new CurrentThreadTaskExecutor(), Runnable::run, new Fixtures(database).staff("direction"), clock,
                ZoneOffset.UTC, Messages.french());
    }

    @AfterEach
    void close() {
        viewModel.close();
        bus.close();
        database.close();
        testDb.close();
    }

    @Test
    void offlineTerminalsComeFirstAndAgeWithTheClock() {
        table.save(beat("caisse-bastille", 1, NOW.minusSeconds(5), true));
        table.save(beat("caisse-republique", 2, NOW.minusSeconds(600), true));

        viewModel.connect();

        assertThat(viewModel.terminals()).extracting(Heartbeat::hostname).containsExactly("caisse-republique", "caisse-bastille");
        Heartbeat bastille = viewModel.terminals().get(1);
        assertThat(viewModel.status(bastille)).isEqualTo(TerminalStatus.ONLINE);
        assertThat(viewModel.lastHeartbeat(bastille.heartbeatAt())).isEqualTo("il y a 5 s (25/11 16:59:55)");
        assertThat(viewModel.summaryProperty().get()).startsWith("2 terminal(s) : 1 en ligne, 0 en retard, 1 hors ligne");

        clock.advance(Duration.ofSeconds(60));
        viewModel.tick();

        assertThat(viewModel.status(bastille)).isEqualTo(TerminalStatus.LATE);
        assertThat(viewModel.age(bastille.heartbeatAt())).isEqualTo("il y a 1 min");
    }

    @Test
    void aLiveHeartbeatReplacesItsTerminalsRowAndANewTerminalIsAdded() {
        Heartbeat stored = beat("caisse-bastille", 1, NOW.minusSeconds(5), true);
        table.save(stored);
        viewModel.connect();

        bus.publish(HeartbeatChannel.NAME, HeartbeatJson.write(new Heartbeat(stored.terminalId(), "caisse-bastille", 1,
                "counter", "caisse1", "1.0.0", null, null, null, true, LiveUpdates.REDIS_UP, 15, stored.startedAt(), NOW,
                null)));
        bus.publish(HeartbeatChannel.NAME, HeartbeatJson.write(beat("cuisine-bastille", 1, NOW, true)));

        assertThat(viewModel.terminals()).hasSize(2);
        assertThat(viewModel.terminals()).filteredOn(beat -> beat.terminalId().equals(stored.terminalId()))
                .singleElement().satisfies(beat -> {
                    assertThat(viewModel.workspace(beat)).isEqualTo("Comptoir");
                    assertThat(viewModel.user(beat)).isEqualTo("caisse1");
                });
    }

    @Test
    void aTerminalThatCannotReachTheDatabaseKeepsItsNewerLiveHeartbeatAfterAReload() {
        Heartbeat stale = beat("caisse-bastille", 1, NOW.minusSeconds(600), true);
        table.save(stale);
        viewModel.connect();
        bus.publish(HeartbeatChannel.NAME, HeartbeatJson.write(new Heartbeat(stale.terminalId(), "caisse-bastille", 1,
                "counter", "caisse1", "1.0.0", null, null, null, false, LiveUpdates.REDIS_UP, 15, stale.startedAt(), NOW,
                null)));

        viewModel.load();

        Heartbeat shown = viewModel.terminals().get(0);
        assertThat(viewModel.status(shown)).isEqualTo(TerminalStatus.ONLINE);
        assertThat(viewModel.database(shown)).isEqualTo("injoignable");
    }

    private static Heartbeat beat(String hostname, int store, Instant at, boolean databaseUp) {
        return new Heartbeat(UUID.randomUUID(), hostname, store, "login", null, "1.0.0", null, null, null, databaseUp,
                LiveUpdates.REDIS_UP, 15, at.minusSeconds(3600), at, null);
    }
}
