package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.util.Objects;

/**
 * Who works at the counter now. The counter's view models are built once per terminal and kept
 * across logins; they read the cashier here, on the UI thread, when they start a service call, so
 * that every order, customer or cancellation is made under the cashier logged in, never a
 * previous one. Set by {@link CounterViewModel#startSession}.
 */
public final class CounterSession {

    /** Volatile: a background read (the menu's) may look at it; UI-thread calls capture it first. */
    private volatile StaffPrincipal cashier;

    /** A session nobody has started yet: the counter prebuilt behind the login. */
    public CounterSession() {
    }

    /** A session already started, for a counter built after a login. */
    public CounterSession(StaffPrincipal cashier) {
        this.cashier = Objects.requireNonNull(cashier);
    }

    /**
     * The cashier logged in.
     *
     * @throws IllegalStateException before any login: nothing may be asked of the services then
     */
    public StaffPrincipal cashier() {
        StaffPrincipal now = cashier;
        if (now == null) {
            throw new IllegalStateException("No cashier has logged in at this counter yet");
        }
        return now;
    }

    /** Whether a cashier has logged in. */
    public boolean started() {
        return cashier != null;
    }

    void start(StaffPrincipal next) {
        cashier = Objects.requireNonNull(next);
    }
}
