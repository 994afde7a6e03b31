package fr.ocpizza.pos.domain;

/** Another terminal changed the same thing first; nothing was written, reload and try again. */
public class ConcurrentChangeException extends PosException {
    public ConcurrentChangeException(String what, Object id) {
        super("error.concurrentChange",
                what + " " + id + " was changed on another terminal meanwhile; nothing was saved. Reload it and try again.",
                what, id);
    }
}
