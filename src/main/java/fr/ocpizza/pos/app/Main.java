package fr.ocpizza.pos.app;

import fr.ocpizza.pos.cli.Cli;
import fr.ocpizza.pos.config.AppPaths;

/**
 * Entry point of {@code java -jar ocpizza.jar}: with no command it opens the desktop
 * application ({@code [--config FILE] [--workspace counter|kitchen|backoffice] [--kiosk]}); with a
 * command it is the command line. This class must not extend {@code javafx.application.Application}:
 * JavaFX then runs from the classpath of a plain jar, with no module-path flags asked of the user.
 *
 * <p>Exit codes of the desktop application: 0 closed normally, 1 could not start, 2 usage error,
 * {@value #ALREADY_OPEN} another terminal is open in this session, {@value #SCHEMA_MISMATCH} the
 * database's schema does not fit this build (update the terminal, or {@code db migrate}).
 */
public final class Main {

    public static final int ALREADY_OPEN = 3;
    public static final int SCHEMA_MISMATCH = 4;

    /** Held until the process ends (the operating system then releases it), never closed. */
    private static InstanceLock instanceLock;

    private Main() {
    }

    public static void main(String[] args) {
        DesktopOptions.Parsed parsed = DesktopOptions.parse(args);
        if (parsed instanceof DesktopOptions.CommandLine) {
            System.exit(Cli.run(args, System.getenv()));
        } else if (parsed instanceof DesktopOptions.UsageError error) {
            System.err.println("ocpizza: error: " + error.message());
            System.err.println(DesktopOptions.USAGE);
            System.exit(DesktopOptions.USAGE_ERROR);
        } else if (parsed instanceof DesktopOptions.Desktop desktop) {
            JavaFxLogging.quietClassPathWarning();
            try {
                instanceLock = InstanceLock.acquire(AppPaths.userDataDir());
            } catch (InstanceLock.HeldElsewhereException e) {
                SecondInstanceNotice.show(e.getMessage());
                System.exit(ALREADY_OPEN);
            }
            System.exit(DesktopApp.launchWith(desktop.options()));
        }
    }
}
