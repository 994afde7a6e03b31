package fr.ocpizza.pos.app;

import fr.ocpizza.pos.cli.Cli;
import java.nio.file.Path;

/**
 * Entry point of {@code java -jar ocpizza.jar}: with no command it opens the desktop
 * application (optionally {@code --config FILE}); with a command it is the command line.
 * This class must not extend {@code javafx.application.Application}: JavaFX then runs from the
 * classpath of a plain jar, with no module-path flags asked of the user.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.launchWith(null);
        } else if (args.length == 2 && "--config".equals(args[0])) {
            DesktopApp.launchWith(Path.of(args[1]));
        } else {
            System.exit(Cli.run(args, System.getenv()));
        }
    }
}
