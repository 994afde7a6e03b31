package fr.ocpizza.pos.app;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import java.util.Optional;

/**
 * What this terminal is for: the workspace it opens whoever logs in, and whether it is a kiosk
 * (full screen, the window cannot be closed, a manager quits it). The command-line options
 * ({@code --workspace}, {@code --kiosk}) win over the settings ({@code ui.workspace}, {@code ui.kiosk}).
 *
 * @param workspace empty: each role opens its own workspace
 */
public record TerminalSetup(Optional<TerminalWorkspace> workspace, boolean kiosk) {

    /** An ordinary terminal: each role's own workspace, in a window. */
    public static TerminalSetup none() {
        return new TerminalSetup(Optional.empty(), false);
    }

    static TerminalSetup from(AppConfig config, DesktopOptions options) {
        // AppConfig has checked the settings; the names match TerminalWorkspace's (TerminalSetupTest).
        Optional<TerminalWorkspace> workspace = options.workspace()
                .or(() -> config.startWorkspace().map(setting -> TerminalWorkspace.valueOf(setting.name())));
        return new TerminalSetup(workspace, options.kiosk() || config.kiosk());
    }
}
