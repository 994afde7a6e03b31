package fr.ocpizza.pos.simulation;

/** A run cannot start as asked (inactive store, unknown pizza, empty menu); the message says what to change. */
public class SimulationSetupException extends RuntimeException {

    public SimulationSetupException(String message) {
        super(message);
    }

    public SimulationSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
