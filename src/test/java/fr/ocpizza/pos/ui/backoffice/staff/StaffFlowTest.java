package fr.ocpizza.pos.ui.backoffice.staff;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.audit.AuditEntry;
import fr.ocpizza.pos.application.staff.StaffMember;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A store manager adds a cashier from the staff tab, then finds it in the audit log; a bad PIN is refused. */
@TerminalFlowTest
class StaffFlowTest {

    private static AppContext context;
    private static Fixtures fx;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        fx = fixtures;
    }

    @Test
    void aNewCashierIsCreatedWithAValidPinAndTheActionIsInTheAuditLog(FxRobot robot) throws Exception {
        TerminalWindow.logInManager(robot, "gerant1");
        TabPane tabs = robot.lookup("#backOffice").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "staffTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        waitUntil(() -> !members(robot).getItems().isEmpty());

        robot.clickOn("#newButton");
        robot.clickOn("#loginField").write("caisse1b");
        robot.clickOn("#nameField").write("Léa Girard");
        robot.clickOn("#secretField").write("12");
        robot.clickOn("#saveButton");
        waitUntil(() -> !text(robot, "#staffError").isEmpty());
        assertThat(text(robot, "#staffError")).containsIgnoringCase("chiffres");
        assertThat(fx.count("SELECT count(*) FROM staff WHERE login = 'caisse1b'")).isZero();

        robot.doubleClickOn("#secretField").eraseText(4).write("4321");
        robot.clickOn("#saveButton");
        waitUntil(() -> text(robot, "#staffNotice").startsWith("Léa Girard : créé"));
        waitUntil(() -> members(robot).getItems().stream().anyMatch(member -> member.login().equals("caisse1b")));
        assertThat(context.auth().login("caisse1b", "4321").fullName()).isEqualTo("Léa Girard");

        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "auditTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        waitUntil(() -> audit(robot).getItems().stream().anyMatch(entry -> entry.action().equals("STAFF_CREATED")));
    }

    @SuppressWarnings("unchecked")
    private static TableView<StaffMember> members(FxRobot robot) {
        return robot.lookup("#staffTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditEntry> audit(FxRobot robot) {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }

}
