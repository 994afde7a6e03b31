package fr.ocpizza.pos.events;

/** A message could not be published; the outbox keeps it for the next try. */
public class EventBusException extends RuntimeException {
    public EventBusException(String message, Throwable cause) {
        super(message, cause);
    }
}
