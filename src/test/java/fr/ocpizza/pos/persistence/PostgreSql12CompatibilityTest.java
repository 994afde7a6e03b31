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
    void theSharedSchemaMigratesAndTakesOrdersOnPostgreSql12() throws Exception {
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
            assertThat(new OutboxRelay(database, new InProcessEventBus()).relayOnce()).isPositive();
        }
    }
}
