package fr.ocpizza.pos.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthServiceTest {

    private static ServiceDatabase db;
    private static Database database;
    private static Fixtures fx;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        database = db.database();
        fx = db.fx();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    /** A clock the test moves by hand, to live through a lock-out without waiting. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void counterStaffLogInWithTheirPinAndManagersWithTheirPassword() {
        AuthService auth = terminalOf(1);

        StaffPrincipal cashier = auth.login("caisse1", DemoData.CASHIER_PIN);
        StaffPrincipal manager = terminalOf(2).login(" Gerant2 ", DemoData.MANAGER_PASSWORD);
        StaffPrincipal chief = auth.login("direction", DemoData.MANAGER_PASSWORD);

        assertThat(cashier.role()).isEqualTo(Role.CASHIER);
        assertThat(cashier.storeId()).isEqualTo(1);
        assertThat(manager.role()).isEqualTo(Role.MANAGER);
        assertThat(manager.storeId()).isEqualTo(2);
        assertThat(chief.isChainManager()).isTrue();
        // A manager's password is not a PIN, and a PIN does not open a manager's account.
        assertThatThrownBy(() -> auth.login("caisse1", DemoData.MANAGER_PASSWORD)).isInstanceOf(LoginFailedException.class);
    }

    @Test
    void staffOfAnotherPizzeriaAreRefusedOnThisTerminalWithoutCountingATry() {
        AuthService storeOne = terminalOf(1);

        assertThatThrownBy(() -> storeOne.login("caisse2", DemoData.CASHIER_PIN))
                .isInstanceOf(LoginFailedException.class)
                .hasMessageContaining("store 2")
                .satisfies(e -> assertThat(((LoginFailedException) e).key()).isEqualTo("error.login.otherStore"));
        assertThat(fx.count("SELECT failed_attempts FROM staff WHERE login = 'caisse2'")).isZero();
        assertThat(storeOne.login("direction", DemoData.MANAGER_PASSWORD).isChainManager()).isTrue();
    }

    private static AuthService terminalOf(int storeId) {
        return new AuthService(database.sessionFactory(), Clock.systemUTC(), 5, Duration.ofMinutes(15), storeId);
    }

    @Test
    void fiveWrongTriesLockTheAccountForAWhileThenItOpensAgain() {
        TestClock clock = new TestClock();
        AuthService auth = new AuthService(database.sessionFactory(), clock, 5, Duration.ofMinutes(15), 4);

        for (int i = 1; i <= 4; i++) {
            int left = 5 - i;
            assertThatThrownBy(() -> auth.login("pizzaiolo4", "9999"))
                    .isInstanceOf(LoginFailedException.class)
                    .hasMessageContaining(left + " tries left");
        }
        assertThatThrownBy(() -> auth.login("pizzaiolo4", "9999")).hasMessageContaining("locked for 15");
        // Even the right PIN is refused while locked.
        assertThatThrownBy(() -> auth.login("pizzaiolo4", DemoData.PIZZAIOLO_PIN))
                .satisfies(e -> assertThat(((LoginFailedException) e).key()).isEqualTo("error.login.locked"));

        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(auth.login("pizzaiolo4", DemoData.PIZZAIOLO_PIN).login()).isEqualTo("pizzaiolo4");
        assertThat(fx.count("SELECT failed_attempts FROM staff WHERE login = 'pizzaiolo4'")).isZero();
    }

    @Test
    void unknownLoginsAndInactiveStaffAreRefusedAlike() {
        AuthService auth = terminalOf(5);
        fx.execute("UPDATE staff SET active = false WHERE login = 'livreur5'");

        assertThatThrownBy(() -> auth.login("nobody", "1234"))
                .satisfies(e -> assertThat(((LoginFailedException) e).key()).isEqualTo("error.login.unknown"));
        assertThatThrownBy(() -> auth.login("livreur5", DemoData.DELIVERY_PIN))
                .satisfies(e -> assertThat(((LoginFailedException) e).key()).isEqualTo("error.login.unknown"));
    }

    @Test
    void secretsAreStoredOnlyAsSlowSaltedHashesOfTheRightShape() {
        String hash1 = AuthService.hashSecret(Role.CASHIER, "1234");
        String hash2 = AuthService.hashSecret(Role.CASHIER, "1234");

        assertThat(hash1).startsWith("$2a$10$").isNotEqualTo(hash2).doesNotContain("1234");
        assertThat(fx.count("SELECT count(*) FROM staff WHERE pin_hash LIKE '$2a$10$%' OR password_hash LIKE '$2a$10$%'"))
                .isEqualTo(fx.count("SELECT count(*) FROM staff"));
        assertThatThrownBy(() -> AuthService.hashSecret(Role.CASHIER, "12")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AuthService.hashSecret(Role.CASHIER, "1234567")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AuthService.hashSecret(Role.MANAGER, "short")).isInstanceOf(ValidationException.class);
    }
}
