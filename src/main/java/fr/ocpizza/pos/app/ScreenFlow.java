package fr.ocpizza.pos.app;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.shell.IdleLock;
import fr.ocpizza.pos.ui.shell.ShellView;
import java.time.Duration;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which screen the window shows: the login, then the shell of whoever logged in, then the login
 * again after "Changer d'utilisateur" or after the idle delay ({@code ui.lock.idle.minutes}), when
 * the login comes back filled with the same login and a notice (and the same person finds his workspace as he left it). One scene whose root is swapped, so
 * that the window keeps its size and position. UI thread only.
 */
public final class ScreenFlow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenFlow.class);

    private final Scene scene;
    private final ViewFactory views;
    private final IdleLock idleLock;
    private ShellView openShell;
    private StaffPrincipal loggedIn;
    /** The shell put aside by an idle lock, with its screen, until its owner comes back or someone else logs in. */
    private ShellView lockedShell;
    private Parent lockedRoot;
    private StaffPrincipal lockedStaff;

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
        closeShell();
        LOG.info("{} logged in as {}", staff.login(), staff.role());
        LoadedView<ShellView> shell = views.shell(staff, this::showLogin);
        openShell = shell.controller();
        loggedIn = staff;
        show(shell.root());
        views.showing(staff);
        idleLock.arm();
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
        lockedRoot = scene.getRoot();
        lockedStaff = staff;
        openShell = null;
        loggedIn = null;
        LOG.info("Session of {} locked after {} of inactivity", staff.login(), idleLock.delay());
        show(views.loginAfterIdleLock(staff, idleLock.delay(), this::resumeOrShowShell).root());
        views.showing(null);
    }

    private void resumeOrShowShell(StaffPrincipal staff) {
        if (lockedShell != null && lockedStaff.login().equals(staff.login())) {
            openShell = lockedShell;
            loggedIn = staff;
            Parent root = lockedRoot;
            forgetLockedShell();
            LOG.info("{} is back after an idle lock", staff.login());
            show(root);
            views.showing(staff);
            idleLock.arm();
            return;
        }
        showShell(staff);
    }

    private void forgetLockedShell() {
        lockedShell = null;
        lockedRoot = null;
        lockedStaff = null;
    }

    private void show(Parent root) {
        scene.setRoot(root);
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
