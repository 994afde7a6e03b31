package fr.ocpizza.pos.domain;

import java.util.Arrays;

/**
 * A refusal the user can act on. It carries a message key (resolved by the UI in the user's
 * language) and its arguments; {@link #getMessage()} is the English text for logs and the CLI.
 */
public class PosException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public PosException(String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + Arrays.toString(args) + "]: " + getMessage();
    }
}
