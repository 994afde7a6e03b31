package fr.ocpizza.pos.app;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.shell.ShellView;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which screen the window shows: the login, then the shell of whoever logged in, then the login
 * again after "Changer d'utilisateur". One scene whose root is swapped, so that the window keeps
 * its size and position. UI thread only.
 */
public final class ScreenFlow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenFlow.class);

    private final Scene scene;
    private final ViewFactory views;
    private ShellView openShell;

    public ScreenFlow(Scene scene, ViewFactory views) {
        this.scene = Objects.requireNonNull(scene);
        this.views = Objects.requireNonNull(views);
    }

    /** Shows the login screen, closing the shell if one is open. */
    public void showLogin() {
        closeShell();
        show(views.login(this::showShell).root());
    }

    private void showShell(StaffPrincipal staff) {
        closeShell();
        LOG.info("{} logged in as {}", staff.login(), staff.role());
        LoadedView<ShellView> shell = views.shell(staff, this::showLogin);
        openShell = shell.controller();
        show(shell.root());
    }

    private void show(Parent root) {
        scene.setRoot(root);
    }

    private void closeShell() {
        if (openShell != null) {
            openShell.close();
            openShell = null;
        }
    }

    /** Stops the open shell's workspace and status monitor; the window is closing. */
    @Override
    public void close() {
        closeShell();
    }
}
