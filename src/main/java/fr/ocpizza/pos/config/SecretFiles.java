package fr.ocpizza.pos.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a secrets file is readable by its owner only, as an ssh key must be. On a file system
 * without POSIX permissions (Windows) nothing is said: there, the folder's access list protects it.
 */
final class SecretFiles {

    private static final Set<PosixFilePermission> GROUP = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private SecretFiles() {
    }

    /**
     * "Secrets file F is open to its group and to other users (rw-r--r--): run `chmod 600 F`",
     * or empty when only its owner has access (or the file system cannot say).
     */
    static Optional<String> exposure(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException notPosix) {
            return Optional.empty();
        }
        boolean group = permissions.stream().anyMatch(GROUP::contains);
        boolean others = permissions.stream().anyMatch(OTHERS::contains);
        if (!group && !others) {
            return Optional.empty();
        }
        String who = group && others ? "its group and to other users" : group ? "its group" : "other users";
        return Optional.of("Secrets file " + file + " is open to " + who + " ("
                + PosixFilePermissions.toString(permissions) + "): run `chmod 600 " + shellQuoted(file) + "`.");
    }

    /** The file's owner, or null when it cannot be read. */
    static String owner(Path file) {
        try {
            return Files.getOwner(file).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String shellQuoted(Path file) {
        String text = file.toString();
        return text.matches("[A-Za-z0-9_./-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
