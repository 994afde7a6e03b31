package fr.ocpizza.pos.app;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.shell.IdleLock;
import fr.ocpizza.pos.ui.shell.ShellView;
import java.time.Duration;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which screen the window shows: the login, then the shell of whoever logged in, then the login
 * again after "Changer d'utilisateur" or after the idle delay ({@code ui.lock.idle.minutes}), when
 * the login comes back filled with the same login and a notice (and the same person finds his workspace as he left it). One scene whose content is swapped, so
 * that the window keeps its size and position. UI thread only.
 */
public final class ScreenFlow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenFlow.class);

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
    }

    /** Shows the login screen, closing the shell if one is open. */
    public void showLogin() {
        closeShell();
        show(views.login(this::showShell).root());
        views.showing(null);
    }

    private void showShell(StaffPrincipal staff) {
        long loggedInAt = System.nanoTime();
        closeShell();
        LOG.info("{} logged in as {}", staff.login(), staff.role());
        LoadedView<ShellView> shell = views.shell(staff, this::showLogin);
        long builtAt = System.nanoTime();
        openShell = shell.controller();
        loggedIn = staff;
        show(shell.root());
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

    /** Shows that screen alone, the locked one included going away. */
    private void show(Parent root) {
        layers.getChildren().setAll(root);
        shown = root;
        if (scene.getRoot() != layers) {
            scene.setRoot(layers);
        }
    }

    private void closeShell() {
        idleLock.disarm();
        loggedIn = null;
        if (openShell != null) {
            openShell.close();
            openShell = null;
        }
        if (lockedShell != null) {
            lockedShell.close();
            forgetLockedShell();
        }
    }

    /** Stops the open shell's workspace and the status monitor; the window is closing. */
    @Override
    public void close() {
        closeShell();
        idleLock.close();
        views.close();
    }
}
