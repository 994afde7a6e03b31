package fr.ocpizza.pos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The production template must keep parsing, with known keys and no secret, as the settings change. */
class TerminalTemplateTest {

    private static final Path TEMPLATE = Path.of("config", "terminal.example.properties");

    @Test
    void theProductionTemplateLoadsWithoutErrorOrWarning() {
        AppConfig config = AppConfig.load(TEMPLATE, Map.of(), ConfigFiles.NONE);

        assertThat(config.dbUrl()).contains("jdbc:postgresql://db.ocpizza.local:5432/ocpizza");
        assertThat(config.redisUrl()).contains("redis://redis.ocpizza.local:6379");
        assertThat(config.startWorkspace()).isEmpty();
        assertThat(config.kiosk()).isFalse();
        assertThat(config.seedDemoOnFirstStart()).isFalse();
        assertThat(config.warnings()).isEmpty();
        assertThat(config.secretSources()).isEmpty();
    }

    @Test
    void everyKeyOfTheTemplateIsADocumentedSettingAndNoneIsASecret() throws IOException {
        Properties template = read(TEMPLATE);
        Properties documented = read(Path.of("config", "ocpizza.properties"));

        assertThat(template.stringPropertyNames()).isNotEmpty().isSubsetOf(documented.stringPropertyNames());
        assertThat(template.stringPropertyNames()).noneMatch(AppConfig::isSecret);
    }

    @Test
    void theBundledDefaultsAreTheDocumentedFile() throws IOException {
        Properties bundled = new Properties();
        try (InputStream in = AppConfig.class.getResourceAsStream("/ocpizza.properties")) {
            bundled.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(bundled).isEqualTo(read(Path.of("config", "ocpizza.properties")));
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
