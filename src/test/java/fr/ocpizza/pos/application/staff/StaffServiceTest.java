package fr.ocpizza.pos.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.auth.AuthService;
import fr.ocpizza.pos.application.auth.LoginFailedException;
import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffChangeRefusedException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaffServiceTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static StaffService staff;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        staff = new StaffService(db.database().sessionFactory(), Clock.systemUTC());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aCreatedCashierLogsInWithHisPinAndTheAuditRowHoldsNoSecret() {
        StaffPrincipal manager = fx.staff("gerant1");

        StaffMember created = staff.create(manager, new NewStaffMember(" Caisse.Lea ", "  Léa   Martin ", Role.CASHIER, 1, "482915"));

        assertThat(created.login()).isEqualTo("caisse.lea");
        assertThat(created.fullName()).isEqualTo("Léa Martin");
        assertThat(created.active()).isTrue();
        assertThat(staff.list(manager, 1)).extracting(StaffMember::login).contains("caisse.lea", "caisse1", "gerant1");
        assertThat(terminalOf(1).login("caisse.lea", "482915").role()).isEqualTo(Role.CASHIER);
        assertThat(auditDetails("STAFF_CREATED", created.id()))
                .contains("\"login\": \"caisse.lea\"", "\"role\": \"CASHIER\"", "\"storeId\": 1", "Léa Martin")
                .doesNotContain("482915", "$2");
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STAFF_CREATED' AND entity = 'staff'"
                + " AND entity_id = ? AND staff_id = ? AND store_id = 1", String.valueOf(created.id()), manager.staffId()))
                .isEqualTo(1);
    }

    @Test
    void noSecretHashLeavesTheService() {
        assertThat(Arrays.stream(StaffMember.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("hash") || name.toLowerCase().contains("secret"));
        assertThat(new NewStaffMember("x1", "X", Role.CASHIER, 1, "9876").toString()).doesNotContain("9876");
        assertThat(new StaffEdit("X", Role.MANAGER, 1, "a-long-password", 0).toString()).doesNotContain("a-long-password");
    }

    @Test
    void aManagerIsCreatedWithAPasswordOfAtLeastTenCharacters() {
        StaffPrincipal chief = fx.staff("direction");
        long before = rows();

        assertThatThrownBy(() -> staff.create(chief, new NewStaffMember("gerant.bis", "Paul Roux", Role.MANAGER, 2, "short-pw")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least 10 characters")
                .satisfies(e -> assertThat(((PosException) e).key()).isEqualTo("error.password.format"));
        // A PIN is no manager password.
        assertThatThrownBy(() -> staff.create(chief, new NewStaffMember("gerant.bis", "Paul Roux", Role.MANAGER, 2, "1234")))
                .isInstanceOf(ValidationException.class);
        assertThat(rows()).isEqualTo(before);

        staff.create(chief, new NewStaffMember("gerant.bis", "Paul Roux", Role.MANAGER, 2, "long enough pw"));
        assertThat(terminalOf(2).login("gerant.bis", "long enough pw").role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void refusedCreationsWriteNothing() {
        StaffPrincipal manager = fx.staff("gerant3");
        long before = rows();

        assertRefused(() -> staff.create(manager, new NewStaffMember(" CAISSE3 ", "Autre", Role.CASHIER, 3, "1234")),
                "error.staff.login.taken");
        assertRefused(() -> staff.create(manager, new NewStaffMember("caisse.x", "X", Role.CASHIER, 3, "12a4")), "error.pin.format");
        assertRefused(() -> staff.create(manager, new NewStaffMember("caisse.x", "X", Role.CASHIER, 3, "123")), "error.pin.format");
        assertRefused(() -> staff.create(manager, new NewStaffMember("caisse.x", "X", Role.CASHIER, 3, null)), "error.pin.format");
        assertRefused(() -> staff.create(manager, new NewStaffMember("Léa B", "Léa B", Role.CASHIER, 3, "1234")),
                "error.staff.login.format");
        assertRefused(() -> staff.create(manager, new NewStaffMember("x", "X", Role.CASHIER, 3, "1234")), "error.staff.login.format");
        assertRefused(() -> staff.create(manager, new NewStaffMember("caisse.x", "  ", Role.CASHIER, 3, "1234")),
                "error.staff.fullName");
        assertRefused(() -> staff.create(manager, new NewStaffMember("caisse.x", "X", null, 3, "1234")), "error.staff.role");
        assertRefused(() -> Role.parse("CHEF"), "error.staff.role");
        assertThat(Role.parse(" pizzaiolo ")).isEqualTo(Role.PIZZAIOLO);
        assertRefused(() -> staff.create(fx.staff("direction"), new NewStaffMember("caisse.x", "X", Role.CASHIER, null, "1234")),
                "error.staff.storeRequired");
        assertThatThrownBy(() -> staff.create(fx.staff("direction"), new NewStaffMember("caisse.x", "X", Role.CASHIER, 99, "1234")))
                .isInstanceOf(NotFoundException.class);

        assertThat(rows()).isEqualTo(before);
        assertThat(fx.count("SELECT count(*) FROM staff WHERE login = 'caisse.x'")).isZero();
    }

    @Test
    void anEditChangesNameAndRoleWithTheChangesInTheAuditLog() {
        StaffPrincipal manager = fx.staff("gerant2");
        StaffMember member = staff.create(manager, new NewStaffMember("pizza.tom", "Tom Petit", Role.PIZZAIOLO, 2, "5555"));

        StaffMember edited = staff.edit(manager, member.id(), StaffEdit.of(member).withFullName("Thomas Petit").withRole(Role.CASHIER));

        assertThat(edited.fullName()).isEqualTo("Thomas Petit");
        assertThat(edited.role()).isEqualTo(Role.CASHIER);
        assertThat(edited.version()).isGreaterThan(member.version());
        assertThat(auditDetails("STAFF_UPDATED", member.id()))
                .contains("\"fullName\": {\"to\": \"Thomas Petit\", \"from\": \"Tom Petit\"}",
                        "\"role\": {\"to\": \"CASHIER\", \"from\": \"PIZZAIOLO\"}")
                .doesNotContain("storeId", "5555");
        // The same PIN still opens the account: PIN to PIN keeps the code.
        assertThat(terminalOf(2).login("pizza.tom", "5555").role()).isEqualTo(Role.CASHIER);
        // Saving the same values again changes nothing and records nothing.
        StaffMember same = staff.member(manager, member.id());
        staff.edit(manager, member.id(), StaffEdit.of(same));
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'STAFF_UPDATED'",
                String.valueOf(member.id()))).isEqualTo(1);
    }

    @Test
    void aCashierMadeManagerNeedsAPasswordAndHisPinStopsWorking() {
        StaffPrincipal manager = fx.staff("gerant4");
        StaffMember member = staff.create(manager, new NewStaffMember("caisse.promue", "Inès Blanc", Role.CASHIER, 4, "7777"));
        long before = rows();

        assertRefused(() -> staff.edit(manager, member.id(), StaffEdit.of(member).withRole(Role.MANAGER)),
                "error.staff.passwordRequired");
        assertRefused(() -> staff.edit(manager, member.id(), StaffEdit.of(member).withRole(Role.MANAGER).withNewSecret("7777")),
                "error.password.format");
        assertThat(rows()).isEqualTo(before);

        staff.edit(manager, member.id(), StaffEdit.of(member).withRole(Role.MANAGER).withNewSecret("promue-gerante-4"));

        assertThat(terminalOf(4).login("caisse.promue", "promue-gerante-4").role()).isEqualTo(Role.MANAGER);
        assertThatThrownBy(() -> terminalOf(4).login("caisse.promue", "7777")).isInstanceOf(LoginFailedException.class);
        assertThat(fx.count("SELECT count(*) FROM staff WHERE login = 'caisse.promue' AND pin_hash IS NULL")).isEqualTo(1);
        assertThat(auditDetails("STAFF_UPDATED", member.id()))
                .contains("\"newSecret\": \"PASSWORD\"").doesNotContain("promue-gerante-4", "$2");
    }

    @Test
    void anEditFromAStaleCopyIsRefused() {
        StaffPrincipal manager = fx.staff("gerant5");
        StaffMember member = staff.create(manager, new NewStaffMember("livreur.sam", "Sam Noir", Role.DELIVERY, 5, "3030"));
        staff.edit(manager, member.id(), StaffEdit.of(member).withFullName("Samuel Noir"));

        assertThatThrownBy(() -> staff.edit(manager, member.id(), StaffEdit.of(member).withFullName("Sam N.")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(staff.member(manager, member.id()).fullName()).isEqualTo("Samuel Noir");
    }

    @Test
    void aDeactivatedMemberCannotLogInUntilReactivated() {
        StaffPrincipal manager = fx.staff("gerant1");
        StaffMember member = staff.create(manager, new NewStaffMember("pizza.ana", "Ana Vert", Role.PIZZAIOLO, 1, "246810"));

        StaffMember deactivated = staff.deactivate(manager, member.id());

        assertThat(deactivated.active()).isFalse();
        assertThatThrownBy(() -> terminalOf(1).login("pizza.ana", "246810"))
                .satisfies(e -> assertThat(((LoginFailedException) e).key()).isEqualTo("error.login.unknown"));
        assertThat(staff.list(manager, 1)).filteredOn(m -> m.login().equals("pizza.ana"))
                .singleElement().extracting(StaffMember::active).isEqualTo(false);
        assertThat(staff.list(manager, 1).get(0).active()).isTrue();
        assertThat(auditDetails("STAFF_DEACTIVATED", member.id())).isEqualTo("{\"login\": \"pizza.ana\"}");
        // Deactivating again is no change and no new row.
        staff.deactivate(manager, member.id());
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'STAFF_DEACTIVATED'",
                String.valueOf(member.id()))).isEqualTo(1);
        // His login stays his: nobody else may take it.
        assertRefused(() -> staff.create(manager, new NewStaffMember("pizza.ana", "Autre Ana", Role.PIZZAIOLO, 1, "1357")),
                "error.staff.login.taken");

        staff.reactivate(manager, member.id());

        assertThat(terminalOf(1).login("pizza.ana", "246810").login()).isEqualTo("pizza.ana");
        assertThat(auditDetails("STAFF_REACTIVATED", member.id())).isEqualTo("{\"login\": \"pizza.ana\"}");
    }

    @Test
    void aResetPinOpensALockedAccountAndTheOldPinNoLonger() {
        StaffPrincipal manager = fx.staff("gerant2");
        StaffMember member = staff.create(manager, new NewStaffMember("caisse.bob", "Bob Gris", Role.CASHIER, 2, "1212"));
        AuthService terminal = terminalOf(2);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> terminal.login("caisse.bob", "0000")).isInstanceOf(LoginFailedException.class);
        }
        assertThat(staff.member(manager, member.id()).lockedUntil()).isNotNull();
        StaffService later = new StaffService(db.database().sessionFactory(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
        assertThat(later.member(manager, member.id()).lockedUntil()).as("a lock-out that has run out").isNull();

        StaffMember reset = staff.resetSecret(manager, member.id(), "343434");

        assertThat(reset.lockedUntil()).isNull();
        assertThat(terminal.login("caisse.bob", "343434").login()).isEqualTo("caisse.bob");
        assertThatThrownBy(() -> terminal.login("caisse.bob", "1212")).isInstanceOf(LoginFailedException.class);
        assertThat(auditDetails("STAFF_SECRET_RESET", member.id()))
                .isEqualTo("{\"login\": \"caisse.bob\", \"unlocked\": true, \"newSecret\": \"PIN\"}");
        long before = rows();
        assertRefused(() -> staff.resetSecret(manager, member.id(), "12"), "error.pin.format");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aManagerResetsAPasswordAndMayResetHisOwn() {
        StaffPrincipal chief = fx.staff("direction");
        StaffMember manager = staff.create(chief, new NewStaffMember("gerant.trois", "Marc Bleu", Role.MANAGER, 3, "first-password"));
        StaffPrincipal himself = fx.staff("gerant.trois");

        assertRefused(() -> staff.resetSecret(chief, manager.id(), "too-short"), "error.password.format");
        staff.resetSecret(himself, manager.id(), "his-own-new-password");

        assertThat(terminalOf(3).login("gerant.trois", "his-own-new-password").role()).isEqualTo(Role.MANAGER);
        assertThat(auditDetails("STAFF_SECRET_RESET", manager.id())).contains("\"newSecret\": \"PASSWORD\"")
                .doesNotContain("his-own-new-password", "first-password", "$2");
    }

    @Test
    void aStoreManagerManagesOnlyHisStoreAndAppointsNoChainManager() {
        StaffPrincipal manager = fx.staff("gerant1");
        StaffMember otherCashier = staff.member(fx.staff("direction"), fx.staff("caisse2").staffId());
        StaffMember ownCashier = staff.create(manager, new NewStaffMember("caisse.move", "Zoé Brun", Role.CASHIER, 1, "4321"));
        StaffMember chief = staff.member(fx.staff("direction"), fx.staff("direction").staffId());
        long before = rows();

        assertOtherStore(() -> staff.list(manager, 2));
        assertOtherStore(() -> staff.member(manager, otherCashier.id()));
        assertOtherStore(() -> staff.create(manager, new NewStaffMember("caisse.two", "Deux", Role.CASHIER, 2, "1234")));
        assertOtherStore(() -> staff.edit(manager, otherCashier.id(), StaffEdit.of(otherCashier).withFullName("Renamed")));
        assertOtherStore(() -> staff.deactivate(manager, otherCashier.id()));
        assertOtherStore(() -> staff.reactivate(manager, otherCashier.id()));
        assertOtherStore(() -> staff.resetSecret(manager, otherCashier.id(), "9999"));
        assertOtherStore(() -> staff.edit(manager, ownCashier.id(), StaffEdit.of(ownCashier).withStore(2)));
        assertChainManagerOnly(() -> staff.edit(manager, ownCashier.id(),
                StaffEdit.of(ownCashier).withRole(Role.MANAGER).withStore(null).withNewSecret("chief-password-1")));
        assertChainManagerOnly(() -> staff.create(manager,
                new NewStaffMember("chef.bis", "Chef Bis", Role.MANAGER, null, "chief-password-1")));
        assertChainManagerOnly(() -> staff.chainManagers(manager));
        assertChainManagerOnly(() -> staff.edit(manager, chief.id(), StaffEdit.of(chief).withFullName("Renamed")));
        assertChainManagerOnly(() -> staff.resetSecret(manager, chief.id(), "taken-over-chief"));
        assertChainManagerOnly(() -> staff.deactivate(manager, chief.id()));

        assertThat(rows()).isEqualTo(before);
        assertThat(fx.count("SELECT count(*) FROM staff WHERE login = 'caisse.move' AND store_id = 1")).isEqualTo(1);
    }

    @Test
    void aChainManagerMovesStaffBetweenStoresAndAppointsChainManagers() {
        StaffPrincipal chief = fx.staff("direction");
        StaffMember member = staff.create(chief, new NewStaffMember("livreur.mobile", "Yann Roux", Role.DELIVERY, 1, "8080"));

        staff.edit(chief, member.id(), StaffEdit.of(member).withStore(3));
        StaffMember appointed = staff.create(chief, new NewStaffMember("direction.adjointe", "Claire Or", Role.MANAGER, null,
                "chain-password-2"));

        assertThat(staff.list(chief, 3)).extracting(StaffMember::login).contains("livreur.mobile");
        assertThat(terminalOf(3).login("livreur.mobile", "8080").storeId()).isEqualTo(3);
        // The move is recorded in the store the member left.
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STAFF_UPDATED' AND entity_id = ? AND store_id = 1"
                + " AND details -> 'storeId' = '{\"from\": 1, \"to\": 3}'::jsonb", String.valueOf(member.id()))).isEqualTo(1);
        assertThat(appointed.isChainManager()).isTrue();
        assertThat(staff.chainManagers(chief)).extracting(StaffMember::login).contains("direction", "direction.adjointe");
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STAFF_CREATED' AND entity_id = ?"
                + " AND store_id IS NULL", String.valueOf(appointed.id()))).isEqualTo(1);
    }

    @Test
    void noManagerDeactivatesOrDemotesHimself() {
        StaffPrincipal chief = fx.staff("direction");
        StaffMember storeManager = staff.create(chief, new NewStaffMember("gerant.cinq", "Lou Rose", Role.MANAGER, 5, "manager-five-1"));
        StaffPrincipal himself = fx.staff("gerant.cinq");
        StaffMember chiefAccount = staff.member(chief, chief.staffId());
        long before = rows();

        assertSelf(() -> staff.deactivate(himself, storeManager.id()));
        assertSelf(() -> staff.edit(himself, storeManager.id(), StaffEdit.of(storeManager).withRole(Role.CASHIER).withNewSecret("5555")));
        assertSelf(() -> staff.deactivate(chief, chief.staffId()));
        assertSelf(() -> staff.edit(chief, chief.staffId(), StaffEdit.of(chiefAccount).withStore(1)));
        assertThat(rows()).isEqualTo(before);

        // His own name he may change; and another manager may demote him.
        staff.edit(himself, storeManager.id(), StaffEdit.of(storeManager).withFullName("Louise Rose"));
        StaffMember renamed = staff.member(chief, storeManager.id());
        staff.edit(chief, storeManager.id(), StaffEdit.of(renamed).withRole(Role.CASHIER).withNewSecret("5050"));
        assertThat(terminalOf(5).login("gerant.cinq", "5050").role()).isEqualTo(Role.CASHIER);
    }

    @Test
    void cashiersPizzaiolosAndRidersAreRefusedEverything() {
        StaffMember member = staff.member(fx.staff("gerant1"), fx.staff("livreur1").staffId());
        long before = rows();
        for (String login : List.of("caisse1", "pizzaiolo1", "livreur1")) {
            StaffPrincipal caller = fx.staff(login);
            assertDenied(() -> staff.list(caller, 1));
            assertDenied(() -> staff.member(caller, member.id()));
            assertDenied(() -> staff.chainManagers(caller));
            assertDenied(() -> staff.create(caller, new NewStaffMember("caisse.y", "Y", Role.CASHIER, 1, "1234")));
            assertDenied(() -> staff.edit(caller, member.id(), StaffEdit.of(member).withFullName("Renamed")));
            assertDenied(() -> staff.deactivate(caller, member.id()));
            assertDenied(() -> staff.reactivate(caller, member.id()));
            assertDenied(() -> staff.resetSecret(caller, member.id(), "1234"));
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void twoTerminalsCreatingTheSameLoginAtOnceGiveItToOneOnly() throws Exception {
        StaffPrincipal manager = fx.staff("gerant4");
        int terminals = 4;
        ExecutorService pool = Executors.newFixedThreadPool(terminals);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StaffMember>> attempts = new ArrayList<>();
        for (int i = 0; i < terminals; i++) {
            String name = "Same Login " + i;
            attempts.add(pool.submit(() -> {
                start.await();
                return staff.create(manager, new NewStaffMember("caisse.race", name, Role.CASHIER, 4, "6060"));
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<StaffMember> attempt : attempts) {
            try {
                attempt.get(30, TimeUnit.SECONDS);
                created++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ValidationException.class);
                assertThat(((PosException) e.getCause()).key()).isEqualTo("error.staff.login.taken");
            }
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STAFF_CREATED' AND details ->> 'login' = 'caisse.race'"))
                .isEqualTo(1);
    }

    @Test
    void anUnknownMemberIsNotFound() {
        assertThatThrownBy(() -> staff.deactivate(fx.staff("direction"), 999_999)).isInstanceOf(NotFoundException.class);
    }

    /** Staff and audit rows together: a refusal must leave both as they were. */
    private static long rows() {
        return fx.count("SELECT (SELECT count(*) FROM staff) + (SELECT count(*) FROM audit_log)")
                + fx.count("SELECT COALESCE(sum(version), 0) FROM staff");
    }

    private static String auditDetails(String action, long staffId) {
        return fx.ids("SELECT id FROM audit_log WHERE action = ? AND entity = 'staff' AND entity_id = ? ORDER BY id DESC",
                        action, String.valueOf(staffId)).stream().findFirst()
                .map(id -> text("SELECT details::text FROM audit_log WHERE id = " + id))
                .orElseThrow(() -> new AssertionError("no " + action + " row for staff " + staffId));
    }

    private static String text(String sql) {
        try (var c = db.database().dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthService terminalOf(int storeId) {
        return new AuthService(db.database().sessionFactory(), Clock.systemUTC(), 5, Duration.ofMinutes(15), storeId);
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((PosException) e).key()).isEqualTo(key));
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(PermissionDeniedException.class)
                .satisfies(e -> assertThat(((PosException) e).key()).isEqualTo("error.permissionDenied"));
    }

    private static void assertOtherStore(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(StaffChangeRefusedException.class)
                .satisfies(e -> assertThat(((PosException) e).key()).isEqualTo("error.staff.otherStore"));
    }

    private static void assertChainManagerOnly(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(StaffChangeRefusedException.class)
                .satisfies(e -> assertThat(((PosException) e).key()).isEqualTo("error.staff.chainManagerOnly"));
    }

    private static void assertSelf(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(StaffChangeRefusedException.class)
                .satisfies(e -> assertThat(((PosException) e).key()).isEqualTo("error.staff.self"));
    }
}
