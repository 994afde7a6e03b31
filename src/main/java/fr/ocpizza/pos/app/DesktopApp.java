package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.supervision.TerminalIdentity;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.AppPaths;
import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.events.OutboxRelay;
import fr.ocpizza.pos.persistence.SchemaMismatchException;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.shell.StartupScreens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window opens at once on "Démarrage…"; the configuration, the
 * database (the embedded PostgreSQL may take a few seconds on first start) and the services start
 * on a background thread; then the login screen appears.
 *
 * <p>Closing (the window's close button, a manager's "Fermer le terminal" on a kiosk, or SIGTERM)
 * runs one sequence, once, off the UI thread ({@link #beginShutdown}): the screens stop taking
 * input ("Fermeture…"), the background work in flight (an order being placed) finishes, the
 * outbox is drained to Redis, then Redis, the pool and the embedded PostgreSQL close, in that
 * order. A JVM shutdown hook runs the same sequence on SIGTERM, and the embedded server's own hook
 * waits for it (docs/operations.md).
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static final int TASK_THREADS = 4;
    /** How long closing waits for the work in flight (an order being placed) before it goes on. */
    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(10);
    /** How long a shutdown hook waits for the whole sequence. */
    private static final Duration SHUTDOWN_AT_MOST = Duration.ofSeconds(25);

    private static volatile DesktopOptions options = DesktopOptions.none();
    private static volatile int exitCode;

    private final Object lock = new Object();
    /** Set by the startup thread, taken by the shutdown thread: guarded by {@link #lock}. */
    private AppContext context;
    private boolean stopping;

    private final AtomicBoolean shutdownStarted = new AtomicBoolean();
    /** Completes when the services are closed; the embedded PostgreSQL's exit hook waits for it. */
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Thread shutdownHook = new Thread(this::closeOnSignal, "terminal-shutdown-hook");
    private volatile FxTaskExecutor executor;

    // UI thread only.
    private Stage stage;
    private Messages messages = Messages.french();
    private ScreenFlow flow;
    private boolean kiosk;
    private final StringProperty closingProgress = new SimpleStringProperty("");

    /** Opens the desktop application and returns its exit code when it has closed. */
    public static int launchWith(DesktopOptions desktopOptions) {
        useOptions(desktopOptions);
        Application.launch(DesktopApp.class);
        return exitCode;
    }

    /** The options the next start reads; tests start the application without {@code launch}. */
    static void useOptions(DesktopOptions desktopOptions) {
        options = desktopOptions;
        exitCode = 0;
    }

    /** The code the process is to exit with (0 until a start failed). */
    static int exitCode() {
        return exitCode;
    }

    /** The {@code --config} file the next start reads, with no other option. */
    static void useConfigFile(Path configFileOrNull) {
        useOptions(new DesktopOptions(configFileOrNull, Optional.empty(), false));
    }

    @Override
    public void start(Stage primaryStage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> LOG.error("Unexpected error on the UI thread", e));
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        stage = primaryStage;
        // The configuration (and with it the language) is not read yet: the first screen is French.
        stage.setTitle(messages.get("app.title"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowSize size = WindowSize.forScreen(screen.getWidth(), screen.getHeight());
        stage.setScene(new Scene(StartupScreens.starting(messages), size.width(), size.height()));
        stage.setMinWidth(Math.min(1024, size.width()));
        stage.setMinHeight(Math.min(700, size.height()));
        stage.setMaximized(size.maximised());
        stage.setOnCloseRequest(event -> {
            event.consume();
            if (kiosk) {
                LOG.info("Close request ignored: kiosk terminal (a manager closes it from the top bar)");
                return;
            }
            closeAndExit();
        });
        stage.show();
        if (options.kiosk()) {
            // After show: full screen needs a window (Monocle, the headless platform, fails before).
            enterKiosk();
        }
        // Not a daemon: if the window closes mid-start, the JVM waits for this thread to close what it opened.
        Thread startup = new Thread(this::startServices, "startup");
        startup.start();
    }

    /** Full screen, no hint, no key to leave it; the close request is ignored. UI thread. */
    private void enterKiosk() {
        if (kiosk) {
            return;
        }
        kiosk = true;
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        // F11 on the kitchen display, or the window manager, must not leave it either.
        stage.fullScreenProperty().addListener((observable, before, now) -> {
            if (!now && kiosk && !shutdownStarted.get()) {
                Platform.runLater(() -> stage.setFullScreen(true));
            }
        });
    }

    /** Runs on the startup thread: everything here may block for seconds. */
    private void startServices() {
        try {
            AppConfig config = AppConfig.load(options.configFile());
            TerminalSetup setup = TerminalSetup.from(config, options);
            AppContext started = AppContext.start(config);
            started.database().keepEmbeddedServerUntil(closed);
            started.startHeartbeat(TerminalIdentity.of(AppPaths.userDataDir()));
            Optional<String> storeName = lookUpStoreName(started);
            synchronized (lock) {
                if (stopping) {
                    started.close();
                    return;
                }
                context = started;
            }
            started.startHousekeeping();
            LOG.info("Terminal started: {}, workspace {}, kiosk {}", config,
                    setup.workspace().map(Enum::name).orElse("by role"), setup.kiosk());
            Platform.runLater(() -> showLogin(started, config, setup, storeName));
        } catch (SchemaMismatchException e) {
            exitCode = Main.SCHEMA_MISMATCH;
            LOG.error("The terminal refuses this database: {}", e.getMessage());
            Platform.runLater(() -> showStartupFailure(e));
        } catch (ConfigException e) {
            // A setting to fix: its message says which and how; a stack trace would only hide it.
            exitCode = 1;
            LOG.error("The terminal could not start: {}", e.getMessage());
            LOG.debug("Startup failure details", e);
            Platform.runLater(() -> showStartupFailure(e));
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, the window must leave "Démarrage…" for something the user can act on.
            exitCode = 1;
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

    private void showLogin(AppContext started, AppConfig config, TerminalSetup setup, Optional<String> storeName) {
        if (shutdownStarted.get()) {
            return;
        }
        messages = Messages.forLocale(config.locale());
        stage.setTitle(messages.get("app.title"));
        if (setup.kiosk()) {
            enterKiosk();
        }
        executor = new FxTaskExecutor(TASK_THREADS);
        flow = new ScreenFlow(stage.getScene(), new ViewFactory(started, executor, messages, storeName, setup,
                this::closeAndExit));
        flow.showLogin();
        LOG.info("Login window shown {} ms after JVM start", StartupTiming.millisSinceJvmStart());
    }

    private void showStartupFailure(Throwable failure) {
        if (shutdownStarted.get()) {
            return;
        }
        stage.getScene().setRoot(StartupScreens.failed(messages, whatToDo(failure), Platform::exit));
    }

    /**
     * The sentence for the person at the terminal. Configuration and database errors already say
     * what to do; anything else is summed up by its own message, never its stack trace.
     */
    static String whatToDo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    /**
     * Starts the closing sequence once, from any thread, and returns its end. On the UI thread the
     * screens stop taking input at once; from a signal, as soon as the UI thread runs it.
     */
    private void closeAndExit() {
        beginShutdown(true);
    }

    /** @param exitWhenDone whether JavaFX is to exit at the end (not when it is exiting already, or the JVM is) */
    private CompletableFuture<Void> beginShutdown(boolean exitWhenDone) {
        if (!shutdownStarted.compareAndSet(false, true)) {
            return closed;
        }
        if (Platform.isFxApplicationThread()) {
            stopTakingInput();
        } else {
            runOnUiThread(this::stopTakingInput);
        }
        Thread closer = new Thread(() -> {
            try {
                closeServices();
            } finally {
                closed.complete(null);
                forgetShutdownHook();
                if (exitWhenDone) {
                    runOnUiThread(Platform::exit);
                }
            }
        }, "shutdown");
        closer.start();
        return closed;
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook is running, or finds the work done
        }
    }

    /** "Fermeture…" replaces the screen: no key or touch reaches a workspace any more. UI thread. */
    private void stopTakingInput() {
        closingProgress.set(messages.get("startup.closingDetail"));
        stage.getScene().setRoot(StartupScreens.closing(messages, closingProgress));
        if (flow != null) {
            flow.close();
        }
    }

    /**
     * Reached after {@link #beginShutdown(boolean)}, or directly when JavaFX exits another way (Quit on
     * the failure screen): the sequence runs (once) on its own non-daemon thread, which the JVM
     * waits for.
     */
    @Override
    public void stop() {
        beginShutdown(false);
    }

    /** SIGTERM or System.exit: the same sequence, waited for, before the JVM goes. */
    private void closeOnSignal() {
        if (!shutdownStarted.get()) {
            LOG.info("Stop signal received: closing the terminal");
        }
        try {
            beginShutdown(false).get(SHUTDOWN_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("The terminal did not finish closing in {} s: {}", SHUTDOWN_AT_MOST.toSeconds(), e.toString());
        }
    }

    private void closeServices() {
        AppContext toClose;
        synchronized (lock) {
            stopping = true;
            toClose = context;
            context = null;
        }
        FxTaskExecutor tasks = executor;
        if (tasks != null && !tasks.closeAndWait(IN_FLIGHT_WAIT)) {
            LOG.warn("Work in flight still running after {} s: interrupted", IN_FLIGHT_WAIT.toSeconds());
        }
        if (toClose == null) {
            return;
        }
        try {
            AppContext.ShutdownReport report = toClose.shutDown(OutboxRelay.DEFAULT_DRAIN,
                    published -> showProgress("startup.closingSent", published));
            if (report.leftInOutbox() > 0) {
                showProgress("startup.closingLeft", report.published(), report.leftInOutbox());
            } else {
                showProgress("startup.closingDone", report.published());
            }
        } catch (RuntimeException e) {
            LOG.warn("Closing the services failed", e);
        }
    }

    private void showProgress(String key, Object... args) {
        runOnUiThread(() -> closingProgress.set(messages.get(key, args)));
    }

    /** Platform.runLater, or nothing once JavaFX has gone (a signal after the window closed). */
    private static void runOnUiThread(Runnable action) {
        try {
            Platform.runLater(action);
        } catch (IllegalStateException toolkitGone) {
            // nothing left to show it on
        }
    }
}
