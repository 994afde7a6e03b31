package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.config.AppConfig;
import java.util.HashMap;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testfx.api.FxToolkit;

/**
 * The terminal behind {@link TerminalFlowTest}: registered after TestFX's extension, so that the
 * login screen is shown after the test's own {@code @Start} and closed before TestFX cleans up.
 */
public final class TerminalFlowExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TerminalFlowExtension.class);

    /** One class's terminal: its database, its services and fixtures on them. */
    private record Terminal(TestDatabase database, AppContext context, Fixtures fixtures) {

        static Terminal start(boolean redis) {
            TestDatabase database = TestPostgres.newDatabase();
            Map<String, String> values = new HashMap<>(database.configValues());
            values.put(AppConfig.REDIS_URL, redis ? TestRedis.url() : "");
            AppContext context = AppContext.start(AppConfig.of(values));
            return new Terminal(database, context, new Fixtures(context.database()));
        }

        void stop() {
            context.close();
            database.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        extension.getStore(NAMESPACE).put(Terminal.class, Terminal.start(settings(extension).redis()));
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        Terminal terminal = extension.getStore(NAMESPACE).remove(Terminal.class, Terminal.class);
        if (terminal != null) {
            terminal.stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws Exception {
        if (!settings(extension).loginScreen()) {
            return;
        }
        TerminalWindow window = new TerminalWindow();
        extension.getStore(NAMESPACE).put(TerminalWindow.class, window);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> window.open(stage, terminal(extension).context()));
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        TerminalWindow window = extension.getStore(NAMESPACE).remove(TerminalWindow.class, TerminalWindow.class);
        if (window != null) {
            window.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == AppContext.class || type == Fixtures.class || type == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Terminal terminal = terminal(extension);
        Class<?> type = parameter.getParameter().getType();
        if (type == AppContext.class) {
            return terminal.context();
        }
        if (type == Fixtures.class) {
            return terminal.fixtures();
        }
        return terminal.database();
    }

    private static Terminal terminal(ExtensionContext extension) {
        Terminal terminal = extension.getStore(NAMESPACE).get(Terminal.class, Terminal.class);
        if (terminal == null) {
            throw new IllegalStateException("no terminal yet: ask for it from @BeforeAll on, not from a field initializer");
        }
        return terminal;
    }

    private static TerminalFlowTest settings(ExtensionContext extension) {
        return AnnotationSupport.findAnnotation(extension.getRequiredTestClass(), TerminalFlowTest.class)
                .orElseThrow(() -> new IllegalStateException(extension.getRequiredTestClass().getSimpleName()
                        + " uses TerminalFlowExtension without @TerminalFlowTest"));
    }
}
