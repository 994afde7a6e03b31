package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.JavaProcess;
import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopOptionsTest {

    @TempDir
    Path folder;

    @Test
    void anUnknownOptionExitsWithTheUsageAndCodeTwoWithoutAStackTrace() throws Exception {
        Process process = JavaProcess.start(folder, "main", List.of("-Docpizza.data.dir=" + folder),
                Map.of("OCPIZZA_LOG_DIR", folder.resolve("logs").toString()), Main.class.getName(), "--kiosk", "--fullscreen");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(folder.resolve("main.err"))).isEqualTo("ocpizza: error: Unknown option '--fullscreen'.\n"
                + DesktopOptions.USAGE + "\n");
    }

    @Test
    void theKitchenLauncherOptionsInAnyOrder() {
        DesktopOptions expected = new DesktopOptions(Path.of("kitchen.properties"), Optional.of(TerminalWorkspace.KITCHEN), true);

        assertThat(DesktopOptions.parse("--workspace", "kitchen", "--kiosk", "--config", "kitchen.properties"))
                .isEqualTo(new DesktopOptions.Desktop(expected));
        assertThat(DesktopOptions.parse("--kiosk", "--config=kitchen.properties", "--workspace=KITCHEN"))
                .isEqualTo(new DesktopOptions.Desktop(expected));
    }

    @Test
    void noArgumentsOpenAnOrdinaryTerminal() {
        assertThat(DesktopOptions.parse()).isEqualTo(new DesktopOptions.Desktop(DesktopOptions.none()));
    }

    @Test
    void aCommandOrAHelpOptionGoesToTheCommandLine() {
        assertThat(DesktopOptions.parse("--config", "x.properties", "doctor")).isInstanceOf(DesktopOptions.CommandLine.class);
        assertThat(DesktopOptions.parse("db", "migrate", "--dry-run")).isInstanceOf(DesktopOptions.CommandLine.class);
        assertThat(DesktopOptions.parse("--help")).isInstanceOf(DesktopOptions.CommandLine.class);
        assertThat(DesktopOptions.parse("--version")).isInstanceOf(DesktopOptions.CommandLine.class);
    }

    @Test
    void unknownOptionsAndBadValuesAreUsageErrors() {
        assertThat(DesktopOptions.parse("--fullscreen")).isEqualTo(new DesktopOptions.UsageError("Unknown option '--fullscreen'."));
        assertThat(DesktopOptions.parse("--workspace", "cellar")).isEqualTo(new DesktopOptions.UsageError(
                "--workspace 'cellar' is not a workspace: choose counter, kitchen, backoffice."));
        assertThat(DesktopOptions.parse("--kiosk", "--workspace")).isEqualTo(new DesktopOptions.UsageError(
                "Missing value for --workspace."));
    }
}
