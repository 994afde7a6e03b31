package fr.ocpizza.pos.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Another JVM on the test's classpath, for what one process cannot show about itself: a lock held
 * by another terminal, a terminal stopped by a signal. Its output goes to files of the test's.
 */
public final class JavaProcess {

    private JavaProcess() {
    }

    /**
     * Starts {@code mainClass} with the given system properties and environment (added to this
     * one's, minus DISPLAY and WAYLAND_DISPLAY: no window may open) and arguments.
     */
    public static Process start(Path outputDir, String name, List<String> jvmOptions, Map<String, String> env,
                                String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(outputDir.resolve(name + ".out").toFile())
                .redirectError(outputDir.resolve(name + ".err").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command), e);
        }
    }

    /** The classpath entries, for a test that needs them (e.g. target/classes). */
    public static List<String> classpath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
