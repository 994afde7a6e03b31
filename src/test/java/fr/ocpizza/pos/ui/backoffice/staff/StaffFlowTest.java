package fr.ocpizza.pos.ui.backoffice.staff;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.audit.AuditEntry;
import fr.ocpizza.pos.application.staff.StaffMember;
import fr.ocpizza.pos.testsupport.ClippedText;
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
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "staffTab".equals(tab.getId())).findFirst().orElseThrow())).get(20, TimeUnit.SECONDS);
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

        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "auditTab".equals(tab.getId())).findFirst().orElseThrow())).get(20, TimeUnit.SECONDS);
        waitUntil(() -> audit(robot).getItems().stream().anyMatch(entry -> entry.action().equals("STAFF_CREATED")));
        // The log reads in words, and nothing is cut at either screen size.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText)).anyMatch(cell -> cell != null && cell.startsWith("Léa Girard (caisse1b)"))
                .anyMatch("Membre créé"::equals);
        javafx.stage.Window window = robot.listWindows().get(0);
        for (int[] size : new int[][] {{1366, 768}, {1280, 800}}) {
            robot.interact(() -> {
                window.setWidth(size[0]);
                window.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WaitForAsyncUtils.asyncFx(() -> ClippedText.in(window.getScene().getRoot())).get(20, TimeUnit.SECONDS))
                    .as("clipped at %dx%d", size[0], size[1]).isEmpty();
        }
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
