package fr.ocpizza.pos.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test on a real terminal, the set-up every flow test shares in one annotation: TestFX
 * ({@link ApplicationExtension}) and, through {@link TerminalFlowExtension}, a terminal's services
 * for the class (its own seeded database and an {@code AppContext} on it) and, before each test,
 * the terminal's login screen at 1280 × 800 in the primary stage, closed after the test.
 *
 * <p>{@code @BeforeAll}, {@code @BeforeEach} and test methods receive the terminal's
 * {@code AppContext}, a {@link Fixtures} on its database and its {@link TestDatabase} as
 * parameters (and {@code FxRobot} from TestFX).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({ApplicationExtension.class, TerminalFlowExtension.class})
public @interface TerminalFlowTest {

    /**
     * Whether the login screen is shown before each test; {@code false} for a test that shows one
     * view, or a screen flow of its own, from its {@code @Start} method.
     */
    boolean loginScreen() default true;

    /**
     * Whether the terminal publishes on the test Redis ({@link TestRedis}) rather than in-process:
     * for tests where several terminals of one database see each other.
     */
    boolean redis() default false;
}
