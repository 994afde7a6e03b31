package fr.ocpizza.pos.domain;

/** The caller's role or store does not allow the action. Enforced by the services, not only by the UI. */
public class PermissionDeniedException extends PosException {
    public PermissionDeniedException(String action, String role) {
        super("error.permissionDenied", "A " + role + " may not " + action + ".", action, role);
    }

    public PermissionDeniedException(String englishMessage) {
        super("error.otherStore", englishMessage);
    }

    /** For a more precise refusal than the role or the store, with its own message key. */
    protected PermissionDeniedException(String key, String englishMessage, Object[] args) {
        super(key, englishMessage, args);
    }
}
