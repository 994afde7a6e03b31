package fr.ocpizza.pos.app;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigException;
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

    // Setting names: AppConfig is to define them (UI_WORKSPACE, UI_KIOSK) with the configuration work of
    // issue 6; read here through AppConfig.get until then, so that merging is one line each.
    static final String UI_WORKSPACE = "ui.workspace";
    static final String UI_KIOSK = "ui.kiosk";

    /** An ordinary terminal: each role's own workspace, in a window. */
    public static TerminalSetup none() {
        return new TerminalSetup(Optional.empty(), false);
    }

    static TerminalSetup from(AppConfig config, DesktopOptions options) {
        Optional<TerminalWorkspace> workspace = options.workspace();
        if (workspace.isEmpty()) {
            String setting = config.get(UI_WORKSPACE).orElse("");
            try {
                workspace = TerminalWorkspace.parse(setting);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("Setting " + UI_WORKSPACE + "=" + setting + ": " + e.getMessage()
                        + " Or leave it empty for each role's own workspace.");
            }
        }
        String kioskSetting = config.get(UI_KIOSK).orElse("false");
        if (!kioskSetting.equalsIgnoreCase("true") && !kioskSetting.equalsIgnoreCase("false")) {
            throw new ConfigException("Setting " + UI_KIOSK + "=" + kioskSetting + " must be true or false.");
        }
        return new TerminalSetup(workspace, options.kiosk() || Boolean.parseBoolean(kioskSetting));
    }
}
