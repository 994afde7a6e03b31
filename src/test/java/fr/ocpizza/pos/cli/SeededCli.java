package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own migrated and seeded database, and a command line pointed at it and at the
 * test Redis. Register it as a static field with {@code @RegisterExtension}.
 */
final class SeededCli implements BeforeAllCallback, AfterAllCallback {

    private TestDatabase database;
    private CliRunner cli;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestPostgres.newDatabase();
        cli = CliRunner.against(database, TestRedis.url());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        database.close();
    }

    TestDatabase database() {
        return database;
    }

    CliRunner.Result run(String... args) {
        return cli.run(args);
    }

    CliRunner with(String name, String value) {
        return cli.with(name, value);
    }

    CliRunner without(String name) {
        return cli.without(name);
    }
}
