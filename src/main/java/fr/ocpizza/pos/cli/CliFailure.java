package fr.ocpizza.pos.cli;

/** A command could not do its work for a reason the operator can fix; the message says how. */
public class CliFailure extends RuntimeException {

    public CliFailure(String message) {
        super(message);
    }

    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
