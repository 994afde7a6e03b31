package fr.ocpizza.pos.app;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.shell.IdleLock;
import fr.ocpizza.pos.ui.shell.ShellView;
import java.time.Duration;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which screen the window shows: the login, then the shell of whoever logged in, then the login
 * again after "Changer d'utilisateur" or after the idle delay ({@code ui.lock.idle.minutes}), when
 * the login comes back filled with the same login and a notice (and the same person finds his workspace as he left it). One scene whose content is swapped, so
 * that the window keeps its size and position. UI thread only.
 * <p>
 * A counter terminal (or one whose workspace is not fixed) builds its counter once, behind the
 * login screen when nobody types, and keeps it in the window, hidden, across logins: a cashier's
 * login hands it his session (he starts afresh) and makes it visible, instead of building views
 * and styling them while he waits (docs/benchmarks.md).
 */
public final class ScreenFlow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenFlow.class);
    /** Long enough to fall between two keys of someone typing his code. */
    static final javafx.util.Duration PREBUILD_AFTER_IDLE = javafx.util.Duration.millis(600);

    private final Scene scene;
    private final ViewFactory views;
    private final IdleLock idleLock;
    private ShellView openShell;
    private StaffPrincipal loggedIn;
    /**
     * The window's content: the screen shown, and under it, hidden, the screen of a locked session.
     * The locked screen stays in the scene so that its owner's return only makes it visible again:
     * taking a tree out of the scene and putting it back makes JavaFX restyle all of it (CSS, skins),
     * which cost the counter most of a second.
     */
    private final StackPane layers = new StackPane();
    private Parent shown;
    /** The shell put aside by an idle lock, with its screen, until its owner comes back or someone else logs in. */
    private ShellView lockedShell;
    private Parent lockedRoot;
    private StaffPrincipal lockedStaff;
    /** What had the keyboard in the locked screen, to give it back. */
    private Node lockedFocus;
    /**
     * The terminal's counter in its shell, built once and never taken out of the window (hidden
     * when nobody works in it): its CSS and layout are done before the first cashier logs in.
     */
    private ShellView counterShell;
    private Parent counterRoot;
    /** Builds the counter once the login has been left alone this long; every key or click restarts it. */
    private final PauseTransition prebuildWhenIdle = new PauseTransition(PREBUILD_AFTER_IDLE);

    /** The flow of the application, locking after the configured idle delay. */
    public ScreenFlow(Scene scene, ViewFactory views) {
        this(scene, views, views.idleLockDelay());
    }

    /**
     * @param idleLockDelay how long the shell stays open with no key, mouse or touch event; zero
     *                      never locks. Tests give a few hundred milliseconds.
     */
    public ScreenFlow(Scene scene, ViewFactory views, Duration idleLockDelay) {
        this.scene = Objects.requireNonNull(scene);
        this.views = Objects.requireNonNull(views);
        this.idleLock = new IdleLock(scene, idleLockDelay, this::lockAfterIdle);
        prebuildWhenIdle.setOnFinished(event -> prebuildCounter());
        // Building the counter takes the UI thread a few hundred milliseconds: never while someone types.
        EventHandler<InputEvent> restart = event -> {
            if (prebuildWhenIdle.getStatus() == Animation.Status.RUNNING) {
                prebuildWhenIdle.playFromStart();
            }
        };
        scene.addEventFilter(KeyEvent.ANY, restart);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, restart);
        scene.addEventFilter(TouchEvent.ANY, restart);
    }

    /** Shows the login screen, closing the shell if one is open. */
    public void showLogin() {
        closeShell();
        show(views.login(this::showShell).root());
        views.showing(null);
        prebuildCounterWhenIdle();
    }

    private void prebuildCounterWhenIdle() {
        if (counterShell == null && views.keepsACounter()) {
            prebuildWhenIdle.playFromStart();
        }
    }

    /** Builds the terminal's counter and puts it in the window, hidden; its first CSS pass follows at the next pulse. */
    private void prebuildCounter() {
        prebuildWhenIdle.stop();
        if (counterShell != null) {
            return;
        }
        long startedAt = System.nanoTime();
        LoadedView<ShellView> shell = views.counterShell(this::showLogin);
        counterShell = shell.controller();
        counterRoot = shell.root();
        counterRoot.setVisible(false);
        layers.getChildren().add(counterRoot);
        LOG.info("Counter built in {} ms, kept in the window for every login",
                StartupTiming.millisBetweenNanos(startedAt, System.nanoTime()));
    }

    private void showShell(StaffPrincipal staff) {
        long loggedInAt = System.nanoTime();
        closeShell();
        LOG.info("{} logged in as {}", staff.login(), staff.role());
        Parent root;
        if (views.opensCounter(staff)) {
            // Logged in before the login was idle long enough: built now, kept for the next ones.
            prebuildCounter();
            counterShell.startSession(staff);
            openShell = counterShell;
            root = counterRoot;
        } else {
            LoadedView<ShellView> shell = views.shell(staff, this::showLogin);
            openShell = shell.controller();
            root = shell.root();
        }
        long builtAt = System.nanoTime();
        loggedIn = staff;
        show(root);
        armWhenLaidOut(staff, "shown", loggedInAt, builtAt);
        views.showing(staff);
    }

    /**
     * Once the workspace is laid out on screen (the next pulse's CSS and layout included): starts
     * the idle countdown, from when the person can see his screen, not from his login; and logs how
     * long he waited since his login was accepted, and how much of it building the views took. The
     * counter's first display is read from this line (docs/benchmarks.md).
     */
    private void armWhenLaidOut(StaffPrincipal staff, String how, long loggedInAt, long builtAt) {
        ShellView shell = openShell;
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (openShell == shell) {
                    idleLock.arm();
                }
                LOG.info("Workspace of {} {} {} ms after login (views built in {} ms)", staff.login(), how,
                        StartupTiming.millisBetweenNanos(loggedInAt, System.nanoTime()),
                        StartupTiming.millisBetweenNanos(loggedInAt, builtAt));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    /**
     * Nobody touched the terminal: back to the login, with the same login for a quick return. The
     * workspace is kept aside as it was (a basket half typed, a filter on the board): its owner
     * finds it again after his code; anyone else gets a fresh one and the old one is closed.
     */
    private void lockAfterIdle() {
        StaffPrincipal staff = loggedIn;
        if (staff == null) {
            return;
        }
        idleLock.disarm();
        lockedShell = openShell;
        lockedRoot = shown;
        lockedStaff = staff;
        lockedFocus = scene.getFocusOwner();
        openShell = null;
        loggedIn = null;
        LOG.info("Session of {} locked after {} of inactivity", staff.login(), idleLock.delay());
        Parent login = views.loginAfterIdleLock(staff, idleLock.delay(), this::resumeOrShowShell).root();
        // Hidden, a screen takes no input, no focus, no paint. The login goes first so that a
        // lookup by id meets the screen shown before the hidden one.
        lockedRoot.setVisible(false);
        layers.getChildren().add(0, login);
        shown = login;
        views.showing(null);
        prebuildCounterWhenIdle();
    }

    private void resumeOrShowShell(StaffPrincipal staff) {
        if (lockedShell != null && lockedStaff.login().equals(staff.login())) {
            long loggedInAt = System.nanoTime();
            openShell = lockedShell;
            loggedIn = staff;
            Parent root = lockedRoot;
            Node focus = lockedFocus;
            forgetLockedShell();
            LOG.info("{} is back after an idle lock", staff.login());
            // The login goes; the shell under it was never taken out of the scene.
            layers.getChildren().remove(shown);
            root.setVisible(true);
            shown = root;
            if (focus != null) {
                // After the pulse: the scene first moves the focus off the login it lost.
                Platform.runLater(() -> {
                    if (focus.getScene() == scene && root.isVisible()) {
                        focus.requestFocus();
                    }
                });
            }
            openShell.resumed();
            armWhenLaidOut(staff, "resumed", loggedInAt, loggedInAt);
            views.showing(staff);
            return;
        }
        showShell(staff);
    }

    private void forgetLockedShell() {
        lockedShell = null;
        lockedRoot = null;
        lockedStaff = null;
        lockedFocus = null;
    }

    /**
     * Shows that screen, the locked one included going away; the terminal's counter stays in the
     * window, hidden unless it is the one shown (taken out and put back, it would be restyled).
     */
    private void show(Parent root) {
        layers.getChildren().removeIf(child -> child != root && child != counterRoot);
        if (!layers.getChildren().contains(root)) {
            // First, so that a lookup by id meets the screen shown before the hidden counter.
            layers.getChildren().add(0, root);
        }
        if (counterRoot != null) {
            counterRoot.setVisible(root == counterRoot);
        }
        shown = root;
        if (scene.getRoot() != layers) {
            scene.setRoot(layers);
        }
    }

    private void closeShell() {
        idleLock.disarm();
        loggedIn = null;
        // The terminal's counter is not closed, only emptied: the next cashier's login starts it.
        if (openShell != null) {
            release(openShell);
            openShell = null;
        }
        if (lockedShell != null) {
            release(lockedShell);
            forgetLockedShell();
        }
    }

    private void release(ShellView shell) {
        if (shell == counterShell) {
            shell.endSession();
        } else {
            shell.close();
        }
    }

    /** Stops the open shell's workspace and the status monitor; the window is closing. */
    @Override
    public void close() {
        closeShell();
        prebuildWhenIdle.stop();
        if (counterShell != null) {
            counterShell.close();
            counterShell = null;
        }
        idleLock.close();
        views.close();
    }
}
