package fr.ocpizza.pos.domain;

/** Input that cannot be accepted as given; the message says what is wrong and what to do. */
public class ValidationException extends PosException {
    public ValidationException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
