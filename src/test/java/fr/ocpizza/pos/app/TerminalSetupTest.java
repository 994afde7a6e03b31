package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigFiles;
import fr.ocpizza.pos.config.StartWorkspace;
import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalSetupTest {

    @Test
    void everyWorkspaceSettingNamesAWorkspaceOfTheShell() {
        assertThat(Arrays.stream(StartWorkspace.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(TerminalWorkspace.values()).map(Enum::name).toList());
    }

    @Test
    void theOptionsWinOverTheSettings() {
        AppConfig config = AppConfig.load(null, Map.of("OCPIZZA_UI_WORKSPACE", "backoffice", "OCPIZZA_UI_KIOSK", "false"),
                ConfigFiles.NONE);

        assertThat(TerminalSetup.from(config, desktop("--workspace", "kitchen", "--kiosk")))
                .isEqualTo(new TerminalSetup(Optional.of(TerminalWorkspace.KITCHEN), true));
        assertThat(TerminalSetup.from(config, DesktopOptions.none()))
                .isEqualTo(new TerminalSetup(Optional.of(TerminalWorkspace.BACKOFFICE), false));
    }

    private static DesktopOptions desktop(String... args) {
        return ((DesktopOptions.Desktop) DesktopOptions.parse(args)).options();
    }
}
