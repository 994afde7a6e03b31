package fr.ocpizza.pos.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.events.InProcessEventBus;
import fr.ocpizza.pos.events.OutboxRelay;
import fr.ocpizza.pos.simulation.OnlineShopSimulator;
import fr.ocpizza.pos.simulation.SimulationReport;
import fr.ocpizza.pos.simulation.SimulationSettings;
import fr.ocpizza.pos.testsupport.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production runs PostgreSQL 12: the shared schema, the demo data, an order and the outbox relay
 * must work there, not only on the newer server of the development machines.
 */
class PostgreSql12CompatibilityTest {

    private static final Path BINARIES = Path.of("target", "postgresql-12", "postgresql-12-binaries.jar");

    @TempDir
    Path dataDir;

    @Test
    void theSharedSchemaMigratesAndTakesOrdersFromTerminalsAndTheWebSiteOnPostgreSql12() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64"),
                "PostgreSQL 12 binaries are fetched for Linux x86-64 only");
        assertThat(BINARIES).as("copied by maven-dependency-plugin at generate-test-resources").exists();
        byte[] archive;
        try (JarFile jar = new JarFile(BINARIES.toFile())) {
            archive = jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz")).readAllBytes();
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, machine) -> new ByteArrayInputStream(archive))
                .setDataDirectory(Files.createDirectories(dataDir.resolve("pg12")))
                .setCleanDataDirectory(true)
                .start();
             Database database = Database.connect(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", 4)) {
            String version = database.sessionFactory().fromSession(s ->
                    s.createNativeQuery("SHOW server_version_num", String.class).getSingleResult());
            assertThat(version).startsWith("12");

            assertThat(database.migrations().migrate()).isPositive();
            DemoData.seed(database.sessionFactory());
            Fixtures fx = new Fixtures(database);
            OrderView order = new OrderService(database.sessionFactory(), Clock.systemUTC()).place(fx.staff("caisse1"),
                    NewOrder.takeaway(1, Instant.now().plus(Duration.ofMinutes(20)),
                            List.of(LineRequest.of(fx.productSizeId("reine", "M"), 2)), null));

            assertThat(order.ticketNumber()).isEqualTo(1);
            assertThat(fx.ledgerSum(1, "mozzarella")).isEqualByComparingTo(fx.stock(1, "mozzarella"));
            // The online shop's write path (docs/schema.md), played by the simulator, on the same server.
            SimulationReport report = OnlineShopSimulator.forStore(database.dataSource(), 5)
                    .run(SimulationSettings.of(15, 8).withConcurrency(2).withFavouritePizza("burrata"), line -> { });
            assertThat(report.failed()).as(report.failedByReason().toString()).isZero();
            assertThat(report.placed()).isPositive();
            assertThat(report.refused()).isPositive();
            assertThat(fx.count("SELECT count(*) FROM customer_order WHERE channel = 'ONLINE'")).isEqualTo(report.placed());
            assertThat(fx.ledgerSum(5, "mozzarella")).isEqualByComparingTo(fx.stock(5, "mozzarella"));

            try (OutboxRelay relay = new OutboxRelay(database, new InProcessEventBus())) {
                assertThat(relay.relayOnce()).isPositive();
            }
        }
    }
}
