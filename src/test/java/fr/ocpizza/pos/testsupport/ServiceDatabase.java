package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.persistence.Database;

/**
 * What a service test class needs: its own seeded database, a pool and session factory on it,
 * and the fixtures to look demo data up. Open it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public record ServiceDatabase(TestDatabase testDb, Database database, Fixtures fx) implements AutoCloseable {

    public static ServiceDatabase open() {
        TestDatabase testDb = TestPostgres.newDatabase();
        Database database = testDb.connect();
        return new ServiceDatabase(testDb, database, new Fixtures(database));
    }

    @Override
    public void close() {
        database.close();
        testDb.close();
    }
}
