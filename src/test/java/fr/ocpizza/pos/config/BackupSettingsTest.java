package fr.ocpizza.pos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code backup.*} settings: on by default at 03:00 keeping seven, refusals that say what to write. */
class BackupSettingsTest {

    @Test
    void theDailyBackupIsOnByDefaultAt3KeepingSevenInTheDataFolder() {
        AppConfig config = AppConfig.of(Map.of());

        assertThat(config.backupDailyEnabled()).isTrue();
        assertThat(config.backupDailyTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(config.backupKeep()).isEqualTo(7);
        assertThat(config.backupDir()).isEqualTo(AppPaths.userDataDir().resolve("backups"));
    }

    @Test
    void theEnvironmentChangesThem() {
        AppConfig config = AppConfig.load(null, Map.of("OCPIZZA_BACKUP_DAILY_ENABLED", "false",
                "OCPIZZA_BACKUP_DAILY_TIME", "23:30", "OCPIZZA_BACKUP_DIR", "/mnt/usb/ocpizza", "OCPIZZA_BACKUP_KEEP", "14"), ConfigFiles.NONE);

        assertThat(config.backupDailyEnabled()).isFalse();
        assertThat(config.backupDailyTime()).isEqualTo(LocalTime.of(23, 30));
        assertThat(config.backupDir()).isEqualTo(Path.of("/mnt/usb/ocpizza"));
        assertThat(config.backupKeep()).isEqualTo(14);
    }

    @Test
    void badValuesStopTheStartWithWhatToPut() {
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.BACKUP_DAILY_TIME, "3h")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Setting backup.daily.time=3h is not a time of day: write it HH:mm, e.g. 03:00"
                        + " (set it in the config file or OCPIZZA_BACKUP_DAILY_TIME).");
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.BACKUP_KEEP, "0")))
                .hasMessageContaining("backup.keep=0 is out of range: use a number from 1 to 365");
        assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.BACKUP_DAILY_ENABLED, "oui")))
                .hasMessageContaining("backup.daily.enabled=oui must be true or false");
    }
}
