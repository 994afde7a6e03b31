package fr.ocpizza.pos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login screen's logic against a real database, with no screen and no waiting. */
class LoginViewModelTest {

    private static TestDatabase database;
    private static AppContext context;

    private final AtomicReference<StaffPrincipal> loggedIn = new AtomicReference<>();
    private LoginViewModel viewModel;

    @BeforeAll
    static void startServices() {
        database = TestPostgres.newDatabase();
        Map<String, String> values = new HashMap<>(database.configValues());
        values.put(AppConfig.REDIS_URL, "");
        context = AppContext.start(AppConfig.of(values));
    }

    @AfterAll
    static void stopServices() {
        context.close();
        database.close();
    }

    @BeforeEach
    void newScreen() {
        viewModel = new LoginViewModel(context.auth(), new CurrentThreadTaskExecutor(), Messages.french(), loggedIn::set);
    }

    @Test
    void rightPinTypedOnTheKeypadGivesTheStaffMember() {
        viewModel.loginProperty().set("caisse1");
        typeOnKeypad(DemoData.CASHIER_PIN);

        viewModel.login();

        assertThat(loggedIn.get()).isNotNull();
        assertThat(loggedIn.get().fullName()).isEqualTo("Camille Durand");
        assertThat(loggedIn.get().role()).isEqualTo(Role.CASHIER);
        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
        assertThat(viewModel.secretProperty().get()).as("code wiped for the next person").isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void managerLogsInWithAPasswordInTheSameField() {
        viewModel.loginProperty().set("gerant1");
        viewModel.secretProperty().set(DemoData.MANAGER_PASSWORD);

        viewModel.login();

        assertThat(loggedIn.get().role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void wrongPinShowsAFrenchErrorWithTheTriesLeft() {
        viewModel.loginProperty().set("pizzaiolo1");
        typeOnKeypad("9999");

        viewModel.login();

        assertThat(loggedIn.get()).isNull();
        assertThat(viewModel.errorMessageProperty().get())
                .startsWith("Identifiant ou code incorrect")
                .contains("4 essais");
        assertThat(viewModel.secretProperty().get()).isEmpty();
    }

    @Test
    void fiveWrongPinsLockTheAccountForSomeMinutes() {
        viewModel.loginProperty().set("livreur1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            typeOnKeypad("0000");
            viewModel.login();
        }

        assertThat(viewModel.errorMessageProperty().get()).contains("verrouillé").contains("15 minutes");

        // Even the right PIN is refused while the account is locked.
        typeOnKeypad(DemoData.DELIVERY_PIN);
        viewModel.login();
        assertThat(loggedIn.get()).isNull();
        assertThat(viewModel.errorMessageProperty().get()).contains("verrouillé").contains("minutes");
    }

    @Test
    void unknownLoginIsRefusedWithoutSayingWhichPartIsWrong() {
        viewModel.loginProperty().set("personne");
        typeOnKeypad("1234");

        viewModel.login();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Identifiant ou code incorrect : vérifiez les deux et réessayez.");
    }

    @Test
    void emptyFieldsAskForBothWithoutCallingTheDatabase() {
        viewModel.login();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Saisissez votre identifiant et votre code.");
        assertThat(viewModel.canLoginProperty().get()).isFalse();
    }

    @Test
    void clearEmptiesTheCode() {
        typeOnKeypad("12");

        viewModel.clearSecret();

        assertThat(viewModel.secretProperty().get()).isEmpty();
    }

    private void typeOnKeypad(String digits) {
        for (char digit : digits.toCharArray()) {
            viewModel.appendToSecret(String.valueOf(digit));
        }
    }
}
