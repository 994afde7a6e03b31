package fr.ocpizza.pos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsRunOnTheEmbeddedDatabaseAndTheInProcessBus() {
        AppConfig config = AppConfig.load(null, Map.of(), dir.resolve("absent.properties"));

        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.storeId()).isEqualTo(1);
        assertThat(config.loginMaxFailures()).isEqualTo(5);
        assertThat(config.locale().getLanguage()).isEqualTo("fr");
    }

    @Test
    void userFileThenExplicitFileThenEnvironmentEachOverrideTheLayerBefore() throws IOException {
        Path user = Files.writeString(dir.resolve("user.properties"), "store.id=2\nui.locale=en\ndb.pool.size=4\n");
        Path explicit = Files.writeString(dir.resolve("terminal.properties"), "store.id=3\ndb.url=jdbc:postgresql://db:5432/ocpizza\n");

        AppConfig config = AppConfig.load(explicit, Map.of("OCPIZZA_STORE_ID", "4", "OCPIZZA_DB_PASSWORD", "s3cret"), user);

        assertThat(config.storeId()).isEqualTo(4);
        assertThat(config.locale().getLanguage()).isEqualTo("en");
        assertThat(config.poolSize()).isEqualTo(4);
        assertThat(config.dbUrl()).contains("jdbc:postgresql://db:5432/ocpizza");
        assertThat(config.dbPassword()).isEqualTo("s3cret");
        assertThat(config.toString()).doesNotContain("s3cret");
        assertThat(config.sources()).containsSubsequence("defaults", user.toString(), explicit.toString(), "OCPIZZA_STORE_ID");
    }

    @Test
    void everyDocumentedSettingHasItsEnvironmentVariable() {
        assertThat(AppConfig.envName(AppConfig.DB_URL)).isEqualTo("OCPIZZA_DB_URL");
        assertThat(AppConfig.envName(AppConfig.DB_USER)).isEqualTo("OCPIZZA_DB_USER");
        assertThat(AppConfig.envName(AppConfig.DB_PASSWORD)).isEqualTo("OCPIZZA_DB_PASSWORD");
        assertThat(AppConfig.envName(AppConfig.REDIS_URL)).isEqualTo("OCPIZZA_REDIS_URL");
        assertThat(AppConfig.envName(AppConfig.STORE_ID)).isEqualTo("OCPIZZA_STORE_ID");
    }

    @Test
    void badValuesAreRefusedWithWhatToDo() throws IOException {
        assertThatThrownBy(() -> AppConfig.load(null, Map.of("OCPIZZA_STORE_ID", "Bastille"), ConfigFiles.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("store.id=Bastille is not a whole number")
                .hasMessageContaining("OCPIZZA_STORE_ID");
        assertThatThrownBy(() -> AppConfig.load(null, Map.of("OCPIZZA_DB_URL", "postgres://db/ocpizza"), ConfigFiles.NONE))
                .hasMessageContaining("jdbc:postgresql://HOST:5432/DATABASE");
        assertThatThrownBy(() -> AppConfig.load(null, Map.of("OCPIZZA_REDIS_URL", "localhost:6379"), ConfigFiles.NONE))
                .hasMessageContaining("redis://HOST:6379");
        assertThatThrownBy(() -> AppConfig.load(null, Map.of("OCPIZZA_DB_POOL_SIZE", "0"), ConfigFiles.NONE))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> AppConfig.load(dir.resolve("missing.properties"), Map.of(), ConfigFiles.NONE))
                .hasMessageContaining("does not exist");
    }

    @Test
    void kitchenDisplayDefaultsAndRefusals() {
        AppConfig defaults = AppConfig.of(Map.of());
        assertThat(defaults.kitchenAgeWarn()).isEqualTo(java.time.Duration.ofMinutes(10));
        assertThat(defaults.kitchenAgeLate()).isEqualTo(java.time.Duration.ofMinutes(20));
        assertThat(defaults.kitchenSound()).isFalse();
        assertThat(defaults.kitchenKiosk()).isFalse();
        assertThat(AppConfig.load(null, Map.of("OCPIZZA_KITCHEN_KIOSK", "true"), ConfigFiles.NONE).kitchenKiosk()).isTrue();

        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.KITCHEN_AGE_WARN_MINUTES, "25")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kitchen.age.late.minutes=20 must be greater than kitchen.age.warn.minutes=25");
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.KITCHEN_SOUND, "oui")))
                .hasMessageContaining("kitchen.sound=oui must be true or false")
                .hasMessageContaining("OCPIZZA_KITCHEN_SOUND");
    }

    @Test
    void idleLockDefaultsToFiveMinutesZeroMeansNeverAndItsRangeIsChecked() {
        assertThat(AppConfig.of(Map.of()).idleLockDelay()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(AppConfig.of(Map.of(AppConfig.IDLE_LOCK_MINUTES, "0")).idleLockDelay()).isZero();
        assertThat(AppConfig.load(null, Map.of("OCPIZZA_UI_LOCK_IDLE_MINUTES", "240"), ConfigFiles.NONE).idleLockDelay())
                .isEqualTo(java.time.Duration.ofHours(4));

        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.IDLE_LOCK_MINUTES, "241")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ui.lock.idle.minutes=241 is out of range: use a number from 0 to 240");
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.IDLE_LOCK_MINUTES, "-1")))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.IDLE_LOCK_MINUTES, "cinq")))
                .hasMessageContaining("not a whole number")
                .hasMessageContaining("OCPIZZA_UI_LOCK_IDLE_MINUTES");
    }

    @Test
    void receiptsFallBackToTheReceiptsFolderOfTheUserDataFolderUnlessOneIsSet() {
        assertThat(AppConfig.of(Map.of()).receiptFallbackDir()).isEqualTo(AppPaths.userDataDir().resolve("receipts"));
        assertThat(AppConfig.of(Map.of(AppConfig.RECEIPT_FALLBACK_DIR, dir.toString())).receiptFallbackDir()).isEqualTo(dir);
    }

    @Test
    void theStartWorkspaceIsEmptyByDefaultOrOneOfTheThreeWorkspaces() {
        assertThat(AppConfig.of(Map.of()).startWorkspace()).isEmpty();
        assertThat(AppConfig.of(Map.of(AppConfig.START_WORKSPACE, "kitchen")).startWorkspace()).contains(StartWorkspace.KITCHEN);
        assertThat(AppConfig.load(null, Map.of("OCPIZZA_UI_WORKSPACE", "BackOffice"), ConfigFiles.NONE).startWorkspace())
                .contains(StartWorkspace.BACKOFFICE);
    }

    @Test
    void aBadWorkspaceIsRefusedNamingTheWorkspacesAndTheVariable() {
        assertThatThrownBy(() -> AppConfig.load(null, Map.of("OCPIZZA_UI_WORKSPACE", "cuisine"), ConfigFiles.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Setting ui.workspace=cuisine is not a workspace: use counter, kitchen, backoffice, or leave it"
                        + " empty to open the workspace of whoever logs in (set it in the config file or OCPIZZA_UI_WORKSPACE).");
    }

    @Test
    void kioskPrinterAndLogSettingsHaveTheirDefaultsAndAreChecked() {
        AppConfig defaults = AppConfig.of(Map.of());
        assertThat(defaults.kiosk()).isFalse();
        assertThat(defaults.receiptPrinter()).isEmpty();
        assertThat(defaults.logDir()).isEqualTo(AppPaths.defaultLogDir());
        assertThat(defaults.logLevel()).isEqualTo("INFO");
        assertThat(AppConfig.of(Map.of(AppConfig.RECEIPT_PRINTER, "EPSON_TM-T20III")).receiptPrinter()).contains("EPSON_TM-T20III");
        assertThat(AppConfig.of(Map.of(AppConfig.LOG_LEVEL, "debug")).logLevel()).isEqualTo("DEBUG");

        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.KIOSK, "oui")))
                .hasMessageContaining("ui.kiosk=oui must be true or false");
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.LOG_LEVEL, "verbose")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Setting log.level=verbose is not a log level: use one of ERROR, WARN, INFO, DEBUG, TRACE"
                        + " (set it in the config file or OCPIZZA_LOG_LEVEL).");
    }
}
