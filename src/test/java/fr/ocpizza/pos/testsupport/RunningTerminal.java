package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.config.AppConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A terminal's real services for a UI test class: its own seeded database and an
 * {@link AppContext} on it (outbox relay, in-process live feed). Register it as a static field
 * with {@code @RegisterExtension}.
 */
public final class RunningTerminal implements BeforeAllCallback, AfterAllCallback {

    private TestDatabase database;
    private AppContext context;

    @Override
    public void beforeAll(ExtensionContext extensionContext) {
        database = TestPostgres.newDatabase();
        Map<String, String> values = new HashMap<>(database.configValues());
        values.put(AppConfig.REDIS_URL, "");
        context = AppContext.start(AppConfig.of(values));
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) {
        context.close();
        database.close();
    }

    public AppContext context() {
        return context;
    }
}
