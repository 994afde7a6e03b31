package fr.ocpizza.pos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The shell's frame, with no screen. */
class ShellViewModelTest {

    private final Messages messages = Messages.french();

    @Test
    void workspaceTitleFollowsTheRole() {
        assertThat(shellFor(Role.CASHIER, 1).workspaceTitleProperty().get()).isEqualTo("Comptoir");
        assertThat(shellFor(Role.PIZZAIOLO, 1).workspaceTitleProperty().get()).isEqualTo("Cuisine");
        assertThat(shellFor(Role.MANAGER, 1).workspaceTitleProperty().get()).isEqualTo("Back-office");
        assertThat(shellFor(Role.DELIVERY, 1).workspaceTitleProperty().get()).isEqualTo("Livraisons");
    }

    @Test
    void showsWhoIsLoggedInAndTheTerminalsPizzeria() {
        ShellViewModel shell = shellFor(Role.CASHIER, 1);

        assertThat(shell.staffNameProperty().get()).isEqualTo("Test Person");
        assertThat(shell.staffRoleProperty().get()).isEqualTo("Caissier");
        assertThat(shell.storeLabelProperty().get()).isEqualTo("OC Pizza Bastille (n° 1)");
    }

    @Test
    void chainManagerIsShownAsManagementOfTheChain() {
        ShellViewModel shell = shellFor(Role.MANAGER, null);

        assertThat(shell.staffRoleProperty().get()).isEqualTo("Direction du réseau");
    }

    @Test
    void storeNumberAloneWhenTheNameIsUnknown() {
        ShellViewModel shell = new ShellViewModel(staff(Role.CASHIER, 1), 3, Optional.empty(), messages, () -> { });

        assertThat(shell.storeLabelProperty().get()).isEqualTo("Pizzeria n° 3");
    }

    @Test
    void statusBarSaysWhichConnectionsAnswer() {
        ShellViewModel shell = shellFor(Role.CASHIER, 1);
        assertThat(shell.databaseHealthProperty().get()).isEqualTo(ShellViewModel.Health.UNKNOWN);

        shell.applyStatus(new ConnectionStatus(true, false, true));
        assertThat(shell.databaseStatusProperty().get()).isEqualTo("Base de données : connectée");
        assertThat(shell.liveStatusProperty().get()).isEqualTo("Temps réel : local");
        assertThat(shell.databaseHealthProperty().get()).isEqualTo(ShellViewModel.Health.UP);

        shell.applyStatus(new ConnectionStatus(false, true, false));
        assertThat(shell.databaseStatusProperty().get()).isEqualTo("Base de données : injoignable");
        assertThat(shell.liveStatusProperty().get()).isEqualTo("Temps réel : Redis injoignable");
        assertThat(shell.liveHealthProperty().get()).isEqualTo(ShellViewModel.Health.DOWN);

        shell.applyStatus(new ConnectionStatus(true, true, true));
        assertThat(shell.liveStatusProperty().get()).isEqualTo("Temps réel : Redis");
    }

    @Test
    void logoutReturnsToTheLogin() {
        AtomicBoolean backToLogin = new AtomicBoolean();
        ShellViewModel shell = new ShellViewModel(staff(Role.PIZZAIOLO, 1), 1, Optional.empty(), messages,
                () -> backToLogin.set(true));

        shell.logout();

        assertThat(backToLogin).isTrue();
    }

    @Test
    void registryOpensTheRolesWorkspaceOrThePlaceholder() {
        Workspace kitchen = () -> null;
        WorkspaceRegistry registry = new WorkspaceRegistry(staff -> new PlaceholderWorkspace("bientôt"))
                .register(Role.PIZZAIOLO, staff -> kitchen);

        assertThat(registry.open(staff(Role.PIZZAIOLO, 1))).isSameAs(kitchen);
        assertThat(registry.open(staff(Role.CASHIER, 1))).isInstanceOf(PlaceholderWorkspace.class);
        assertThat(registry.hasWorkspaceFor(Role.CASHIER)).isFalse();
    }

    @Test
    void theCountersShellKeptAcrossLoginsNamesEachNewSessionAndOffersTheKioskCloseToManagersOnly() {
        AtomicBoolean quit = new AtomicBoolean();
        ShellViewModel shell = new ShellViewModel(1, Optional.of("OC Pizza Bastille"), messages, () -> { },
                Optional.of("Comptoir"), Optional.of(() -> quit.set(true)), new ConnectionStatusViewModel(messages));
        assertThat(shell.canQuitTerminal()).as("nobody logged in yet").isFalse();

        shell.startSession(new StaffPrincipal(8, "gerant1", "Gérante Une", Role.MANAGER, 1));
        assertThat(shell.staffNameProperty().get()).isEqualTo("Gérante Une");
        assertThat(shell.canQuitTerminal()).isTrue();

        shell.startSession(new StaffPrincipal(9, "caisse1", "Caissier Un", Role.CASHIER, 1));
        assertThat(shell.staffNameProperty().get()).isEqualTo("Caissier Un");
        assertThat(shell.staffRoleProperty().get()).isEqualTo("Caissier");
        assertThat(shell.workspaceTitleProperty().get()).isEqualTo("Comptoir");
        assertThat(shell.canQuitTerminal()).as("the manager before him could; he cannot").isFalse();
        shell.quitTerminal();
        assertThat(quit).isFalse();
    }

    private ShellViewModel shellFor(Role role, Integer store) {
        return new ShellViewModel(staff(role, store), 1, Optional.of("OC Pizza Bastille"), messages, () -> { });
    }

    private static StaffPrincipal staff(Role role, Integer store) {
        return new StaffPrincipal(7, "test", "Test Person", role, store);
    }
}
