package fr.ocpizza.pos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where logging writes and how, as logback.xml is shipped (not the tests' logback-test.xml). */
class LogSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theLogFolderIsTheDataFoldersLogsUnlessTheSystemTheUserOrTheEnvironmentSays() throws IOException {
        Path system = Files.createDirectories(dir.resolve("system"));
        Path user = Files.createDirectories(dir.resolve("user"));
        ConfigFiles files = ConfigFiles.in(system, user);

        assertThat(LogSettings.folder(Map.of(), files)).isEqualTo(AppPaths.defaultLogDir());
        assertThat(AppPaths.defaultLogDir()).isEqualTo(AppPaths.userDataDir().resolve("logs"));

        Files.writeString(system.resolve("ocpizza.properties"), "log.dir=/var/log/ocpizza\nlog.level=WARN\n");
        assertThat(LogSettings.folder(Map.of(), files)).isEqualTo(Path.of("/var/log/ocpizza"));
        assertThat(LogSettings.level(Map.of(), files)).isEqualTo("WARN");

        Files.writeString(user.resolve("ocpizza.properties"), "log.dir=" + dir.resolve("mine") + "\n");
        assertThat(LogSettings.folder(Map.of(), files)).isEqualTo(dir.resolve("mine"));

        Map<String, String> env = Map.of("OCPIZZA_LOG_DIR", dir.resolve("env").toString(), "OCPIZZA_LOG_LEVEL", "debug");
        assertThat(LogSettings.folder(env, files)).isEqualTo(dir.resolve("env"));
        assertThat(LogSettings.level(env, files)).isEqualTo("DEBUG");
    }

    @Test
    void aBadLevelFallsBackToInfoRatherThanStopLogging() {
        assertThat(LogSettings.level(Map.of("OCPIZZA_LOG_LEVEL", "verbose"), ConfigFiles.NONE)).isEqualTo("INFO");
    }

    @Test
    void theShippedConfigurationRollsFilesInTheDataFolderWithTheDocumentedLine() throws Exception {
        assumeTrue(System.getenv("OCPIZZA_LOG_DIR") == null, "OCPIZZA_LOG_DIR is set on this machine");
        String previousData = System.setProperty("ocpizza.data.dir", dir.toString());
        String previousSystem = System.setProperty(AppPaths.SYSTEM_CONFIG_DIR_PROPERTY, dir.resolve("no-system").toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            assumeTrue(!Files.exists(AppPaths.userConfigDir().resolve("ocpizza.properties")), "this machine has its own settings file");
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogSettingsTest.class.getResource("/logback.xml"));

            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            RollingFileAppender<?> file = (RollingFileAppender<?>) root.getAppender("FILE");
            SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
            Path logs = dir.resolve("logs");
            assertThat(Path.of(file.getFile())).isEqualTo(logs.resolve("ocpizza.log"));
            assertThat(policy.getFileNamePattern()).isEqualTo(logs + "/ocpizza.%d{yyyy-MM-dd}.%i.log");
            assertThat(policy.getMaxHistory()).isEqualTo(14);
            assertThat(root.getLevel()).isEqualTo(Level.INFO);

            context.getLogger("fr.ocpizza.pos.app.DesktopApp").info("Terminal started");
            context.stop();

            List<String> lines = Files.readAllLines(logs.resolve("ocpizza.log"));
            assertThat(lines).singleElement().asString().matches(
                    "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  \\["
                            + Thread.currentThread().getName() + "] fr\\.ocpizza\\.pos\\.app\\.DesktopApp - Terminal started");
        } finally {
            context.stop();
            restore("ocpizza.data.dir", previousData);
            restore(AppPaths.SYSTEM_CONFIG_DIR_PROPERTY, previousSystem);
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
