package fr.ocpizza.pos.domain;

/** A referenced thing (order, product, store…) does not exist or is not visible to the caller. */
public class NotFoundException extends PosException {
    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " does not exist.", what, id);
    }
}
