package fr.ocpizza.pos.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The workspaces a terminal may open on whoever logs in ({@code ui.workspace}). */
public enum StartWorkspace {
    COUNTER, KITCHEN, BACKOFFICE;

    /** Its value in a settings file: counter, kitchen, backoffice. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<StartWorkspace> parse(String raw) {
        return Arrays.stream(values()).filter(workspace -> workspace.key().equalsIgnoreCase(raw.strip())).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(StartWorkspace::key).collect(Collectors.joining(", "));
    }
}
