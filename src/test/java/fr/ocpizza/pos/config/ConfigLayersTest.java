package fr.ocpizza.pos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system and user folders, the secrets files and what they warn about, on real files. */
class ConfigLayersTest {

    private static final String PASSWORD = "Pizz@-Secr3t";

    @TempDir
    Path dir;

    private Path system;
    private Path user;

    @BeforeEach
    void folders() throws IOException {
        system = Files.createDirectories(dir.resolve("etc-ocpizza"));
        user = Files.createDirectories(dir.resolve("home-config-ocpizza"));
    }

    @Test
    void theSystemFileIsReadAndTheUserFileOverridesIt() throws IOException {
        Path systemFile = write(system.resolve("ocpizza.properties"), "store.id=3\nui.locale=en\nredis.url=redis://redis.chain:6379\n");
        Path userFile = write(user.resolve("ocpizza.properties"), "store.id=4\n");

        AppConfig config = AppConfig.load(null, Map.of(), ConfigFiles.in(system, user));

        assertThat(config.storeId()).isEqualTo(4);
        assertThat(config.locale().getLanguage()).isEqualTo("en");
        assertThat(config.redisUrl()).contains("redis://redis.chain:6379");
        assertThat(config.sources()).containsExactly("defaults", systemFile.toString(), userFile.toString());
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void theSystemFolderFollowsTheVariableAndTheUserFolderFollowsXdgConfigHome() {
        ConfigFiles files = ConfigFiles.standard(Map.of(
                AppPaths.SYSTEM_CONFIG_DIR_VARIABLE, system.toString(), "XDG_CONFIG_HOME", dir.toString()));

        assertThat(files.systemFile()).isEqualTo(system.resolve("ocpizza.properties"));
        assertThat(files.systemSecrets()).isEqualTo(system.resolve("secrets.properties"));
        assertThat(files.userFile()).isEqualTo(dir.resolve("ocpizza").resolve("ocpizza.properties"));
        assertThat(files.userSecrets()).isEqualTo(dir.resolve("ocpizza").resolve("secrets.properties"));
    }

    @Test
    void theSystemFolderIsEtcOcpizzaOnLinuxUnlessMoved() {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "not Linux");
        assumeTrue(System.getProperty(AppPaths.SYSTEM_CONFIG_DIR_PROPERTY) == null, "moved for this JVM");

        assertThat(AppPaths.systemConfigDir(Map.of())).isEqualTo(Path.of("/etc/ocpizza"));
        assertThat(AppPaths.systemConfigDir(Map.of(AppPaths.SYSTEM_CONFIG_DIR_VARIABLE, system.toString()))).isEqualTo(system);
    }

    @Test
    void theBundledDefaultsHoldNoSecret() {
        AppConfig defaults = AppConfig.load(null, Map.of(), ConfigFiles.NONE);

        assertThat(defaults.warnings()).isEmpty();
        assertThat(defaults.secretSources()).isEmpty();
    }

    @Test
    void aSecretFromTheEnvironmentWinsAndIsNamedByItsVariableNeverByItsValue() throws IOException {
        ownerOnly(write(user.resolve("secrets.properties"), "db.password=from-the-file\n"));

        AppConfig config = AppConfig.load(null, Map.of("OCPIZZA_DB_PASSWORD", PASSWORD), ConfigFiles.in(system, user));

        assertThat(config.dbPassword()).isEqualTo(PASSWORD);
        assertThat(config.secretSources()).containsExactly(Map.entry("db.password", "OCPIZZA_DB_PASSWORD"));
        assertThat(config.toString()).doesNotContain(PASSWORD);
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void aSecretFromAnOwnerOnlyFileIsUsedWithoutAWarning() throws IOException {
        Path secrets = ownerOnly(write(user.resolve("secrets.properties"), "db.password=" + PASSWORD + "\n"));

        AppConfig config = AppConfig.load(null, Map.of(), ConfigFiles.in(system, user));

        assertThat(config.dbPassword()).isEqualTo(PASSWORD);
        assertThat(config.secretSources()).containsExactly(Map.entry("db.password", secrets.toString()));
        assertThat(config.sources()).endsWith(secrets.toString());
        assertThat(config.warnings()).isEmpty();
        assertThat(config.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aSecretsFileNamedByTheVariableComesAfterTheFoldersOnes() throws IOException {
        ownerOnly(write(system.resolve("secrets.properties"), "db.password=system\n"));
        Path named = ownerOnly(write(dir.resolve("terminal.secrets"), "db.password=" + PASSWORD + "\n"));

        AppConfig config = AppConfig.load(null, Map.of("OCPIZZA_SECRETS_FILE", named.toString()), ConfigFiles.in(system, user));

        assertThat(config.dbPassword()).isEqualTo(PASSWORD);
        assertThat(config.secretSources()).containsEntry("db.password", named.toString());
    }

    @Test
    void aSecretsFileOpenToOthersIsUsedButWarnsWithTheCommandThatFixesIt() throws IOException {
        Path secrets = write(user.resolve("secrets.properties"), "db.password=" + PASSWORD + "\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));

        AppConfig config = AppConfig.load(null, Map.of(), ConfigFiles.in(system, user));

        assertThat(config.dbPassword()).isEqualTo(PASSWORD);
        assertThat(config.warnings()).containsExactly("Secrets file " + secrets
                + " is open to its group and to other users (rw-r--r--): run `chmod 600 " + secrets + "`.");
    }

    @Test
    void aSecretsFileOpenToItsGroupOnlySaysSo() throws IOException {
        Path secrets = write(system.resolve("secrets.properties"), "db.password=" + PASSWORD + "\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r-----"));

        AppConfig config = AppConfig.load(null, Map.of(), ConfigFiles.in(system, user));

        assertThat(config.warnings()).singleElement().asString()
                .startsWith("Secrets file " + secrets + " is open to its group (rw-r-----)");
    }

    @Test
    void aSecretInAConfigurationFileWorksButWarnsNamingTheFileAndTheKeyNotTheValue() throws IOException {
        Path systemFile = write(system.resolve("ocpizza.properties"),
                "db.url=jdbc:postgresql://db:5432/ocpizza\ndb.password=" + PASSWORD + "\npaypal.client.secret=" + PASSWORD + "\n");

        AppConfig config = AppConfig.load(null, Map.of(), ConfigFiles.in(system, user));

        assertThat(config.dbPassword()).isEqualTo(PASSWORD);
        assertThat(config.warnings()).containsExactly(
                "db.password is set in " + systemFile + ", a configuration file: move it to OCPIZZA_DB_PASSWORD"
                        + " or to a secrets file readable only by its owner (secrets.properties).",
                "paypal.client.secret is set in " + systemFile + ", a configuration file: move it to OCPIZZA_PAYPAL_CLIENT_SECRET"
                        + " or to a secrets file readable only by its owner (secrets.properties).");
        assertThat(String.join("\n", config.warnings())).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordInTheDatabaseUrlOfAFileWarnsToo() throws IOException {
        Path explicit = write(dir.resolve("terminal.properties"), "db.url=jdbc:postgresql://db:5432/ocpizza?password=" + PASSWORD + "\n");

        AppConfig config = AppConfig.load(explicit, Map.of(), ConfigFiles.in(system, user));

        assertThat(config.warnings()).containsExactly("db.url in " + explicit
                + " carries a password: take it out of the URL and set OCPIZZA_DB_PASSWORD or db.password in a secrets file.");
    }

    @Test
    void aPasswordInTheRedisUrlOfAFileWarnsAndNeitherUrlShowsItInToString() throws IOException {
        Path userFile = write(user.resolve("ocpizza.properties"), "redis.url=redis://:" + PASSWORD + "@redis.chain:6379\n");

        AppConfig config = AppConfig.load(null, Map.of("OCPIZZA_DB_URL", "jdbc:postgresql://db:5432/ocpizza?password=" + PASSWORD),
                ConfigFiles.in(system, user));

        assertThat(config.warnings()).containsExactly("redis.url in " + userFile
                + " carries a password: set the whole URL in OCPIZZA_REDIS_URL instead.");
        assertThat(config.toString()).doesNotContain(PASSWORD)
                .contains("db=jdbc:postgresql://db:5432/ocpizza?password=***", "redis=redis://redis.chain:6379");
    }

    @Test
    void anEmptySecretInAConfigurationFileIsNoSecret() throws IOException {
        write(user.resolve("ocpizza.properties"), "db.password=\n");

        AppConfig config = AppConfig.load(null, Map.of(), ConfigFiles.in(system, user));

        assertThat(config.warnings()).isEmpty();
        assertThat(config.secretSources()).isEmpty();
    }

    @Test
    void aSecretsFileHoldsSecretsOnly() throws IOException {
        Path secrets = ownerOnly(write(user.resolve("secrets.properties"), "db.password=x\nstore.id=2\n"));

        assertThatThrownBy(() -> AppConfig.load(null, Map.of(), ConfigFiles.in(system, user)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Secrets file " + secrets + " holds store.id, which is not a secret: move it to ocpizza.properties."
                        + " A secrets file holds only keys ending in .password or .secret.");
    }

    @Test
    void aSecretsFileNamedByTheVariableMustExist() {
        Path missing = dir.resolve("missing.secrets");

        assertThatThrownBy(() -> AppConfig.load(null, Map.of("OCPIZZA_SECRETS_FILE", missing.toString()), ConfigFiles.in(system, user)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Secrets file " + missing + " named by OCPIZZA_SECRETS_FILE does not exist.");
    }

    @Test
    void secretsAreThePasswordsAndSecretsByName() {
        assertThat(AppConfig.isSecret("db.password")).isTrue();
        assertThat(AppConfig.isSecret("paypal.client.secret")).isTrue();
        assertThat(AppConfig.isSecret("db.user")).isFalse();
        assertThat(AppConfig.isSecret("db.password.file")).isFalse();
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content);
    }

    private static Path ownerOnly(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
