package fr.ocpizza.pos.application.supervision;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which terminal this is: a UUID made once per installation and kept in the user's data folder
 * (so a renamed machine stays the same terminal), and the machine's name for people to read.
 */
public record TerminalIdentity(UUID terminalId, String hostname) {

    /** The file, in the user's data folder, that keeps the terminal's id. */
    public static final String ID_FILE = "terminal-id";

    private static final Logger LOG = LoggerFactory.getLogger(TerminalIdentity.class);

    public TerminalIdentity {
        Objects.requireNonNull(terminalId);
        Objects.requireNonNull(hostname);
    }

    /** The id kept in {@code dataDir/terminal-id}, written there on first start; the machine's name. */
    public static TerminalIdentity of(Path dataDir) {
        return new TerminalIdentity(idIn(dataDir), localHostname());
    }

    static UUID idIn(Path dataDir) {
        Path file = dataDir.resolve(ID_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return UUID.fromString(Files.readString(file, StandardCharsets.UTF_8).trim());
            }
            UUID id = UUID.randomUUID();
            Files.createDirectories(dataDir);
            Files.writeString(file, id + System.lineSeparator(), StandardCharsets.UTF_8);
            LOG.info("This terminal is {} (id kept in {})", id, file);
            return id;
        } catch (IOException | IllegalArgumentException e) {
            // Supervision must not stop a till: this run gets an id of its own and says why.
            UUID id = UUID.randomUUID();
            LOG.warn("Cannot read or keep the terminal id in {} ({}): using {} for this run", file, e.getMessage(), id);
            return id;
        }
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "unknown";
        }
    }
}
