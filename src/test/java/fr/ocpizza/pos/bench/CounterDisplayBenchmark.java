package fr.ocpizza.pos.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.TerminalSetup;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * How long the counter takes to appear after a login, on a counter terminal
 * ({@code --workspace counter}) with the real services on a fresh demo database, in headless
 * JavaFX (Monocle, software rendering: the tests' toolkit) unless {@code -Dbench.display=true}.
 *
 * <p>The login screen is driven as a person would: login and code typed in, "Se connecter"
 * fired. Each round runs four scenes: caisse1 logs in; the idle lock sends him back to the login and
 * he comes back; the lock again, and gerant1 takes the counter; "Changer d'utilisateur", and
 * caisse1 logs in again; "Changer d'utilisateur" ends the round. For each the table gives three figures, read on the JavaFX thread:
 * <ul>
 *   <li><b>login → laid out</b>: from the login accepted to the first pulse that lays the workspace
 *       out, read from {@link ScreenFlow}'s own log line (the one a terminal writes);</li>
 *   <li><b>views built</b>: the part of it spent building the shell and workspace views;</li>
 *   <li><b>click → tiles</b>: from "Se connecter" fired to the menu's tiles laid out (the password
 *       check and the menu's read included): when the cashier can type the first pizza.</li>
 * </ul>
 * Settings: {@code bench.rounds} (6), {@code bench.idle.ms} (3000, the idle-lock delay).
 */
public final class CounterDisplayBenchmark {

    private static final Pattern SHOWN = Pattern.compile(
            "Workspace of (\\S+) (shown|resumed) (\\d+) ms after login \\(views built in (\\d+) ms\\)");
    private static final long TIMEOUT_SECONDS = 30;

    private final Scene scene;
    private final BlockingQueue<long[]> shown = new LinkedBlockingQueue<>();

    private CounterDisplayBenchmark(Scene scene) {
        this.scene = scene;
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.display")) {
            headless();
        }
        int rounds = Integer.getInteger("bench.rounds", 6);
        Duration idle = Duration.ofMillis(Long.getLong("bench.idle.ms", 3000));

        BenchDatabase db = BenchDatabase.create();
        FxTaskExecutor executor = new FxTaskExecutor(2);
        try (AppContext context = AppContext.start(AppConfig.of(Map.of("db.url", db.url(), "db.user", db.user(),
                "db.password", db.password(), AppConfig.REDIS_URL, "")))) {
            Optional<String> storeName = context.storeName();
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

            Scene scene = onFx(() -> {
                Scene s = new Scene(new StackPane(), 1280, 800);
                Stage stage = new Stage();
                stage.setScene(s);
                stage.show();
                return s;
            });
            CounterDisplayBenchmark bench = new CounterDisplayBenchmark(scene);
            bench.listenToScreenFlow();
            ScreenFlow flow = onFx(() -> {
                ScreenFlow f = new ScreenFlow(scene, new ViewFactory(context, executor, Messages.french(), storeName,
                        new TerminalSetup(Optional.of(TerminalWorkspace.COUNTER), false), () -> { }), idle);
                f.showLogin();
                return f;
            });
            Map<String, List<long[]>> results = bench.run(rounds);
            onFx(() -> {
                flow.close();
                return null;
            });
            print(results, rounds, idle);
            System.out.println();
            System.out.println(machine());
        } finally {
            executor.close();
            Platform.exit();
            db.drop();
        }
        System.exit(0);
    }

    private Map<String, List<long[]>> run(int rounds) throws Exception {
        Map<String, List<long[]>> results = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            record(round == 0 ? "caisse1 logs in, first since start" : "caisse1 logs in", results,
                    logIn("caisse1", DemoData.CASHIER_PIN));
            waitForIdleLock();
            record("caisse1 back after the idle lock", results, logIn("caisse1", DemoData.CASHIER_PIN));
            waitForIdleLock();
            record("gerant1 after caisse1's idle lock", results, logIn("gerant1", DemoData.MANAGER_PASSWORD));
            changeUser();
            record("caisse1 after \"Changer d'utilisateur\"", results, logIn("caisse1", DemoData.CASHIER_PIN));
            changeUser();
        }
        return results;
    }

    /** "Changer d'utilisateur": back to a plain login screen. */
    private void changeUser() throws Exception {
        onFx(() -> {
            ((Button) scene.lookup("#logoutButton")).fire();
            return null;
        });
        waitFor(s -> shown(s, "#loginButton") && !shown(s, "#workspaceTitle"));
    }

    private static void record(String scene, Map<String, List<long[]>> results, long[] figures) {
        results.computeIfAbsent(scene, k -> new ArrayList<>()).add(figures);
    }

    /**
     * Types the login and the secret, fires "Se connecter", and waits for the menu's tiles.
     *
     * @return login accepted → laid out, views built, click → tiles laid out (ms)
     */
    private long[] logIn(String login, String secret) throws Exception {
        shown.clear();
        long clicked = onFx(() -> {
            ((TextInputControl) scene.lookup("#login")).setText(login);
            ((TextInputControl) scene.lookup("#secret")).setText(secret);
            long now = System.nanoTime();
            ((Button) scene.lookup("#loginButton")).fire();
            return now;
        });
        long tilesAt = waitFor(s -> shown(s, "#tile-margherita-M") && shown(s, "#workspaceTitle"));
        long[] logged = shown.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (logged == null) {
            throw new IllegalStateException("ScreenFlow logged no display time for " + login);
        }
        return new long[] {logged[0], logged[1], (tilesAt - clicked) / 1_000_000};
    }

    private void waitForIdleLock() throws Exception {
        waitFor(s -> shown(s, "#keypad") && !shown(s, "#workspaceTitle"));
    }

    /** Whether a node of that id is on screen: it and its parents visible (a locked screen stays in the scene, hidden). */
    private static boolean shown(Scene scene, String selector) {
        for (Node node = scene.lookup(selector); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
            if (node.getParent() == null) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the first layout pulse after which the condition holds; returns its System.nanoTime(). */
    private long waitFor(Predicate<Scene> condition) throws Exception {
        CompletableFuture<Long> met = new CompletableFuture<>();
        Runnable check = new Runnable() {
            @Override
            public void run() {
                if (condition.test(scene)) {
                    met.complete(System.nanoTime());
                    scene.removePostLayoutPulseListener(this);
                }
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(check);
            // A pulse is only run when something changed; ask for one in case nothing will.
            Platform.requestNextPulse();
            return null;
        });
        try {
            return met.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(check));
        }
    }

    /** Reads ScreenFlow's "Workspace of … shown N ms after login (views built in M ms)" lines. */
    private void listenToScreenFlow() {
        Logger logger = (Logger) LoggerFactory.getLogger(ScreenFlow.class);
        logger.setLevel(Level.INFO);
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                Matcher m = SHOWN.matcher(event.getFormattedMessage());
                if (m.matches()) {
                    shown.add(new long[] {Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
                }
            }
        };
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
    }

    private static void print(Map<String, List<long[]>> results, int rounds, Duration idle) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Counter display after login: %d rounds, idle lock %d ms, 1280x800%s%n", rounds,
                idle.toMillis(), Boolean.getBoolean("bench.display") ? "" : ", headless (Monocle, software rendering)");
        System.out.println();
        System.out.println("| scene | n | login → laid out, median ms | max ms | views built, median ms "
                + "| click → tiles, median ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (var entry : results.entrySet()) {
            List<long[]> runs = entry.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n", entry.getKey(), runs.size(),
                    median(runs, 0), max(runs, 0), median(runs, 1), median(runs, 2), max(runs, 2));
        }
    }

    private static long median(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static long max(List<long[]> runs, int column) {
        return runs.stream().mapToLong(r -> r[column]).max().orElse(0);
    }

    private static void headless() {
        for (String[] property : List.of(new String[] {"glass.platform", "Monocle"},
                new String[] {"monocle.platform", "Headless"}, new String[] {"prism.order", "sw"},
                new String[] {"prism.text", "t2k"}, new String[] {"java.awt.headless", "true"})) {
            if (System.getProperty(property[0]) == null) {
                System.setProperty(property[0], property[1]);
            }
        }
    }

    private static String machine() throws Exception {
        List<String> parts = new ArrayList<>();
        parts.add(Runtime.getRuntime().availableProcessors() + " CPUs");
        parts.add("Java " + System.getProperty("java.version"));
        parts.add("JavaFX " + System.getProperty("javafx.runtime.version"));
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.exists(loadavg)) {
            parts.add("load average " + String.join(" ", Arrays.copyOf(Files.readString(loadavg).split(" "), 3)));
        }
        return "Machine: " + String.join(", ", parts);
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
