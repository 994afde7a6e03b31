package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class JavaFxLoggingTest {

    @Test
    void theClassPathWarningIsDroppedAndEveryOtherJavaFxMessageStillPasses() {
        JavaFxLogging.quietClassPathWarning();
        Logger javafx = Logger.getLogger("javafx");

        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'"))).isFalse();
        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING, "CSS Error parsing file:/x.css"))).isTrue();
    }
}
