package fr.ocpizza.pos.app;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.shell.StartupScreens;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window opens at once on "Démarrage…"; the configuration, the
 * database (the embedded PostgreSQL may take a few seconds on first start) and the services start
 * on a background thread; then the login screen appears. Closing the window shows "Fermeture…"
 * while the outbox is flushed and the database closed, off the UI thread.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static final int TASK_THREADS = 4;

    private static volatile Path configFile;

    private final Object lock = new Object();
    /** Set by the startup thread, taken by the shutdown thread: guarded by {@link #lock}. */
    private AppContext context;
    private boolean stopping;

    // UI thread only.
    private Stage stage;
    private Messages messages = Messages.french();
    private FxTaskExecutor executor;
    private ScreenFlow flow;
    private boolean closing;

    /** Opens the desktop application and returns when it has closed. */
    public static void launchWith(Path configFileOrNull) {
        useConfigFile(configFileOrNull);
        Application.launch(DesktopApp.class);
    }

    /** The {@code --config} file the next start reads; tests start the application without {@code launch}. */
    static void useConfigFile(Path configFileOrNull) {
        configFile = configFileOrNull;
    }

    @Override
    public void start(Stage primaryStage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> LOG.error("Unexpected error on the UI thread", e));
        stage = primaryStage;
        // The configuration (and with it the language) is not read yet: the first screen is French.
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(StartupScreens.starting(messages), 1280, 800));
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.setOnCloseRequest(event -> {
            event.consume();
            shutDown();
        });
        stage.show();
        // Not a daemon: if the window closes mid-start, the JVM waits for this thread to close what it opened.
        Thread startup = new Thread(this::startServices, "startup");
        startup.start();
    }

    /** Runs on the startup thread: everything here may block for seconds. */
    private void startServices() {
        try {
            AppConfig config = AppConfig.load(configFile);
            AppContext started = AppContext.start(config);
            Optional<String> storeName = lookUpStoreName(started);
            synchronized (lock) {
                if (stopping) {
                    started.close();
                    return;
                }
                context = started;
            }
            LOG.info("Terminal started: {}", config);
            Platform.runLater(() -> showLogin(started, config, storeName));
        } catch (ConfigException e) {
            // A setting to fix: its message says which and how; a stack trace would only hide it.
            LOG.error("The terminal could not start: {}", e.getMessage());
            LOG.debug("Startup failure details", e);
            Platform.runLater(() -> showStartupFailure(e));
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, the window must leave "Démarrage…" for something the user can act on.
            LOG.error("The terminal could not start", e);
            Platform.runLater(() -> showStartupFailure(e));
        }
    }

    private static Optional<String> lookUpStoreName(AppContext context) {
        try {
            return context.storeName();
        } catch (RuntimeException e) {
            // A name is a nicety: the top bar falls back to the store number.
            LOG.warn("Cannot read the name of store {}", context.config().storeId(), e);
            return Optional.empty();
        }
    }

    private void showLogin(AppContext started, AppConfig config, Optional<String> storeName) {
        if (closing) {
            return;
        }
        messages = Messages.forLocale(config.locale());
        stage.setTitle(messages.get("app.title"));
        executor = new FxTaskExecutor(TASK_THREADS);
        flow = new ScreenFlow(stage.getScene(), new ViewFactory(started, executor, messages, storeName));
        flow.showLogin();
        LOG.info("Login window shown {} ms after JVM start", StartupTiming.millisSinceJvmStart());
    }

    private void showStartupFailure(Throwable failure) {
        if (closing) {
            return;
        }
        stage.getScene().setRoot(StartupScreens.failed(messages, whatToDo(failure), Platform::exit));
    }

    /**
     * The sentence for the person at the terminal. Configuration and database errors already say
     * what to do, in English; anything else is summed up by its own message, never its stack trace.
     */
    static String whatToDo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    /** The window's close button: "Fermeture…", then close the services off the UI thread, then exit. */
    private void shutDown() {
        if (closing) {
            return;
        }
        closing = true;
        stage.getScene().setRoot(StartupScreens.closing(messages));
        if (flow != null) {
            flow.close();
        }
        FxTaskExecutor tasks = executor;
        Thread closer = new Thread(() -> {
            closeServices(tasks);
            Platform.runLater(Platform::exit);
        }, "shutdown");
        closer.start();
    }

    /**
     * Reached after {@link #shutDown()}, or directly when JavaFX exits another way (Quit on the
     * failure screen). Closing may wait for the outbox: it runs on a non-daemon thread, which
     * the JVM waits for, rather than on the UI thread.
     */
    @Override
    public void stop() {
        closing = true;
        if (flow != null) {
            flow.close();
        }
        FxTaskExecutor tasks = executor;
        new Thread(() -> closeServices(tasks), "shutdown").start();
    }

    private void closeServices(FxTaskExecutor tasks) {
        AppContext toClose;
        synchronized (lock) {
            stopping = true;
            toClose = context;
            context = null;
        }
        if (tasks != null) {
            tasks.close();
        }
        if (toClose != null) {
            try {
                toClose.close();
                LOG.info("Terminal closed");
            } catch (RuntimeException e) {
                LOG.warn("Closing the services failed", e);
            }
        }
    }
}
