package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The notice of a second start: shown without blocking the thread that opens it, closed by its button. */
class SecondInstanceNoticeTest {

    private static Stage primaryStage;

    @BeforeAll
    static void startToolkit() throws Exception {
        primaryStage = FxToolkit.registerPrimaryStage();
    }

    /**
     * The headless toolkit does not hand the focus back when the ownerless notice closes: the next
     * test class's typing would go nowhere. Give it back to the stage the test classes share.
     */
    @AfterAll
    static void giveTheFocusBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            primaryStage.toFront();
            primaryStage.requestFocus();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theNoticeShowsTheMessageReturnsAtOnceAndReportsItsClosing() throws Exception {
        AtomicInteger closings = new AtomicInteger();
        String message = "OC Pizza Terminal est déjà ouvert sur ce poste (PID 4242)";

        Alert alert = WaitForAsyncUtils.asyncFx(() -> SecondInstanceNotice.open(message, closings::incrementAndGet))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(alert.isShowing()).isTrue();
        assertThat(alert.getContentText()).isEqualTo(message);
        assertThat(closings).hasValue(0);

        WaitForAsyncUtils.asyncFx(alert::close).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(alert.isShowing()).isFalse();
        assertThat(closings).hasValue(1);
    }
}
