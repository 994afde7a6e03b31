package fr.ocpizza.pos.application.auth;

import fr.ocpizza.pos.domain.PosException;

/** Wrong login, PIN or password, or an account locked after too many tries. */
public class LoginFailedException extends PosException {

    private LoginFailedException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }

    static LoginFailedException wrongSecret(int triesLeft) {
        return new LoginFailedException("error.login.wrong",
                "Wrong login or code. " + triesLeft + " tries left before the account is locked.", triesLeft);
    }

    static LoginFailedException unknownOrInactive() {
        return new LoginFailedException("error.login.unknown", "Wrong login or code: check both and try again.");
    }

    static LoginFailedException otherStore(int staffStore, int terminalStore) {
        return new LoginFailedException("error.login.otherStore", "You work at store " + staffStore
                + " and this terminal belongs to store " + terminalStore + ": log in on a terminal of your pizzeria.",
                staffStore, terminalStore);
    }

    static LoginFailedException locked(long minutesLeft) {
        return new LoginFailedException("error.login.locked",
                "Too many wrong tries: this account is locked for " + minutesLeft + " more minute(s). A manager can reset it.",
                minutesLeft);
    }
}
