package fr.ocpizza.pos.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.ValidationException;
import org.junit.jupiter.api.Test;

class StaffAuthorityTest {

    private final StaffPrincipal storeManager = new StaffPrincipal(10, "gerant1", "Gérant", Role.MANAGER, 1);
    private final StaffPrincipal chief = new StaffPrincipal(20, "direction", "Direction", Role.MANAGER, null);

    @Test
    void aStoreManagerChangesRolesWithinHisStoreOnly() {
        assertThatCode(() -> StaffAuthority.checkChange(storeManager, 30, Role.CASHIER, 1, Role.MANAGER, 1)).doesNotThrowAnyException();
        assertThat(key(() -> StaffAuthority.checkChange(storeManager, 30, Role.CASHIER, 1, Role.CASHIER, 2)))
                .isEqualTo("error.staff.otherStore");
        assertThat(key(() -> StaffAuthority.checkChange(storeManager, 30, Role.CASHIER, 2, Role.CASHIER, 2)))
                .isEqualTo("error.staff.otherStore");
        assertThat(key(() -> StaffAuthority.checkChange(storeManager, 30, Role.MANAGER, 1, Role.MANAGER, null)))
                .isEqualTo("error.staff.chainManagerOnly");
    }

    @Test
    void aChainManagerMovesAnyoneAnywhereButNobodyDemotesHimself() {
        assertThatCode(() -> StaffAuthority.checkChange(chief, 30, Role.CASHIER, 1, Role.MANAGER, null)).doesNotThrowAnyException();
        assertThatCode(() -> StaffAuthority.checkChange(chief, 30, Role.MANAGER, null, Role.DELIVERY, 4)).doesNotThrowAnyException();
        assertThat(key(() -> StaffAuthority.checkChange(chief, 20, Role.MANAGER, null, Role.MANAGER, 3))).isEqualTo("error.staff.self");
        assertThat(key(() -> StaffAuthority.checkChange(storeManager, 10, Role.MANAGER, 1, Role.PIZZAIOLO, 1)))
                .isEqualTo("error.staff.self");
        assertThat(key(() -> StaffAuthority.checkMayDeactivate(storeManager, 10))).isEqualTo("error.staff.self");
        assertThatCode(() -> StaffAuthority.checkChange(storeManager, 10, Role.MANAGER, 1, Role.MANAGER, 1)).doesNotThrowAnyException();
    }

    @Test
    void onlyManagersMayHaveNoStore() {
        assertThatThrownBy(() -> StaffAuthority.checkChange(chief, 30, Role.MANAGER, null, Role.CASHIER, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("choose the store");
    }

    @Test
    void loginsAndNamesAreCheckedAndTidied() {
        assertThat(StaffFields.login("  Caisse6 ")).isEqualTo("caisse6");
        assertThat(StaffFields.fullName(" Léa \t Martin ")).isEqualTo("Léa Martin");
        assertThat(key(() -> StaffFields.login("léa"))).isEqualTo("error.staff.login.format");
        assertThat(key(() -> StaffFields.login("a".repeat(41)))).isEqualTo("error.staff.login.format");
        assertThat(key(() -> StaffFields.login(null))).isEqualTo("error.staff.login.format");
        assertThat(key(() -> StaffFields.fullName("x".repeat(81)))).isEqualTo("error.staff.fullName");
    }

    private static String key(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(PosException.class);
        return ((PosException) thrown).key();
    }
}
