package fr.ocpizza.pos.persistence.backup;

/**
 * A backup or a restore refused or failed for a reason the operator can act on; the message says
 * what happened, what was (not) written, and what to do.
 */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
