package fr.ocpizza.pos.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.LoadedView;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The promised-time picker mounted alone on a real terminal: proposal, −5 / +5, a bad typed time. */
@TerminalFlowTest(loginScreen = false)
class PromisedTimePickerFlowTest {

    private static AppContext context;

    private FxTaskExecutor executor;
    private PromisedTimePicker picker;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        ViewFactory views = new ViewFactory(context, executor, Messages.french(), context.storeName());
        LoadedView<PromisedTimePicker> loaded = views.counterViews().promisedTimePicker(new Fixtures(context.database()).staff("caisse1"));
        picker = loaded.controller();
        stage.setScene(new Scene(loaded.root(), 800, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void theProposalMovesByFiveMinutesAndABadTypedTimeSaysWhatToType(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> picker.requestProposal(Fulfilment.DELIVERY, 2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.chosenTimeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        LocalTime proposed = shownTime(robot);
        assertThat(proposed.getMinute() % 5).isZero();
        assertThat(text(robot, "#queueInfo")).isEqualTo("Aucune pizza en cuisine");

        robot.clickOn("#laterButton");
        assertThat(shownTime(robot)).isEqualTo(proposed.plusMinutes(5));
        robot.clickOn("#earlierButton").clickOn("#earlierButton");
        assertThat(shownTime(robot)).isEqualTo(proposed.minusMinutes(5));

        robot.clickOn("#timeField").type(KeyCode.UP).type(KeyCode.UP);
        assertThat(shownTime(robot)).isEqualTo(proposed.plusMinutes(5));
        assertThat(picker.validProperty().get()).isTrue();

        robot.type(KeyCode.END);
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        robot.write("19:7").type(KeyCode.ENTER);
        assertThat(text(robot, "#timeError")).isEqualTo("Heure invalide : tapez 19:45");
        assertThat(robot.lookup("#timeError").query().isVisible()).isTrue();
        assertThat(picker.validProperty().get()).as("an order must not go out with this").isFalse();

        // A fresh proposal replaces the typing (the same time, or 5 minutes later if the clock crossed a step).
        robot.clickOn("#proposeButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.validProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTime(robot)).isBetween(proposed, proposed.plusMinutes(5));
        assertThat(robot.lookup("#timeError").query().isVisible()).isFalse();
    }

    /**
     * The tests' JVM runs in America/New_York (pom.xml), the pizzeria in Paris: the proposal is
     * shown, and a typed time read, in Paris time.
     */
    @Test
    void timesAreShownAndTypedInThePizzeriasZoneWhateverTheMachines(FxRobot robot) throws TimeoutException {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertThat(context.storeZone()).isEqualTo(paris);
        assertThat(ZoneId.systemDefault().getRules().getOffset(Instant.now()))
                .as("the JVM must run in another zone than the store's for this test to mean anything")
                .isNotEqualTo(paris.getRules().getOffset(Instant.now()));
        WaitForAsyncUtils.asyncFx(() -> picker.requestProposal(Fulfilment.TAKEAWAY, 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> picker.chosenTimeProperty().get() != null);
        LocalTime shown = shownTime(robot);
        assertThat(shown).isEqualTo(picker.chosenTimeProperty().get().atZone(paris).toLocalTime().truncatedTo(ChronoUnit.MINUTES));

        LocalTime typed = shown.plusMinutes(20);
        Assumptions.assumeTrue(typed.isAfter(shown), "not within 20 minutes of midnight in Paris");
        robot.clickOn("#timeField").type(KeyCode.END);
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        robot.write(typed.toString()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.validProperty().get()).isTrue();
        assertThat(picker.chosenTimeProperty().get().atZone(paris).toLocalTime()).isEqualTo(typed);
    }

    private static LocalTime shownTime(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return LocalTime.parse(robot.lookup("#timeField").queryAs(TextField.class).getText());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
