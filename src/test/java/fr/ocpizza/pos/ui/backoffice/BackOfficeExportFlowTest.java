package fr.ocpizza.pos.ui.backoffice;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.LoadedView;
import fr.ocpizza.pos.app.ViewLoader;
import fr.ocpizza.pos.application.stock.StockHistory;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.backoffice.movements.StockMovementsView;
import fr.ocpizza.pos.ui.backoffice.movements.StockMovementsViewModel;
import fr.ocpizza.pos.ui.backoffice.reports.ReportsView;
import fr.ocpizza.pos.ui.backoffice.reports.ReportsViewModel;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The back office's exports ask where to write through the {@link DialogService} (answered here
 * as a manager would), and write CSV files there.
 */
@TerminalFlowTest(loginScreen = false)
class BackOfficeExportFlowTest {

    private static AppContext context;
    private static StaffPrincipal manager;

    @TempDir
    Path folder;

    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private FxTaskExecutor executor;
    private ViewLoader views;
    private Stage stage;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        manager = fixtures.staff("gerant1");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor(2);
        views = new ViewLoader(Messages.french());
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void theLedgerIsWrittenIntoTheFileChosenInTheSaveDialog(FxRobot robot) throws Exception {
        Path file = folder.resolve("registre.csv");
        dialogs.answer = file;
        show(() -> views.load(StockMovementsView.class, new StockMovementsView(new StockMovementsViewModel(
                context.stock(), context.stockMovements(), context.stockHistory(), executor, manager, 1,
                context.storeZone(), Messages.french()), dialogs)).root());

        // Fired rather than clicked: the ledger's button lies below the fold of the scrolled form.
        robot.interact(() -> robot.lookup("#exportButton").queryAs(Button.class).fire());

        waitUntil(() -> !text(robot, "#movementsNotice").isEmpty() || !text(robot, "#movementsError").isEmpty());
        assertThat(text(robot, "#movementsError")).isEmpty();
        assertThat(text(robot, "#movementsNotice")).isEqualTo("Registre écrit dans " + file + ".");
        assertThat(dialogs.asked).containsExactly("save:Fichier où écrire le registre du stock:ocpizza-stock-ledger.csv");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join(",", StockHistory.CSV_HEADER));
    }

    @Test
    void theReportTablesAreWrittenIntoTheFolderChosen(FxRobot robot) throws Exception {
        dialogs.answer = folder;
        show(() -> views.load(ReportsView.class, new ReportsView(new ReportsViewModel(context.reports(),
                () -> new StoreDirectory(context.database().sessionFactory()).all(), executor, manager, 1,
                Messages.french(), context.storeZone(), context.clock()), dialogs)).root());
        robot.clickOn("#runButton");
        waitUntil(() -> !robot.lookup("#exportButton").queryAs(Button.class).isDisabled());

        robot.clickOn("#exportButton");

        waitUntil(() -> !text(robot, "#reportsNotice").isEmpty() || !text(robot, "#reportsError").isEmpty());
        assertThat(text(robot, "#reportsError")).isEmpty();
        assertThat(text(robot, "#reportsNotice")).isEqualTo("Tableaux CSV écrits dans " + folder + ".");
        assertThat(dialogs.asked).containsExactly("folder:Dossier où écrire les tableaux CSV");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".csv")))
                    .hasSize(8).anyMatch(name -> name.endsWith("-summary.csv"));
        }
    }

    /** Nothing leaves a partial file: the folder holds only what the export finished. */
    private void show(java.util.concurrent.Callable<Parent> view) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(view.call(), 1280, 800));
            stage.show();
            return null;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Answers every chooser with the same path and remembers what was asked. */
    private static final class AnsweringDialogs implements DialogService {
        private final List<String> asked = new ArrayList<>();
        private Path answer;

        @Override
        public void showInformation(String title, String message) {
            asked.add("information:" + title);
        }

        @Override
        public void showError(String title, String message) {
            asked.add("error:" + title);
        }

        @Override
        public boolean confirm(String title, String question, String confirmLabel, String cancelLabel) {
            asked.add("confirm:" + title);
            return true;
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String proposedName, String extensionDescription,
                                               String extension) {
            asked.add("save:" + title + ":" + proposedName);
            return Optional.of(answer);
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            asked.add("folder:" + title);
            return Optional.of(answer);
        }

        @Override
        public Optional<Integer> showContent(String title, Node content, String... buttonLabels) {
            asked.add("content:" + title);
            return Optional.empty();
        }
    }
}
