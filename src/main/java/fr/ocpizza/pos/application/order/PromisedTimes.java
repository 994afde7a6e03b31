package fr.ocpizza.pos.application.order;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.PromiseRule;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.SessionFactory;

/**
 * Proposes the promised time of an order being taken, from the store's current kitchen queue
 * and the {@link PromiseRule} of the configuration. One read-only transaction per proposal.
 */
public final class PromisedTimes {

    /**
     * A proposal and what it was made from, for the cashier ("8 pizzas en cuisine").
     *
     * @param queuedPizzas pizzas of the store's orders received or in preparation
     */
    public record Proposal(Instant promisedAt, int queuedPizzas) {
    }

    private final SessionFactory sessions;
    private final Clock clock;
    private final PromiseRule rule;

    public PromisedTimes(SessionFactory sessions, Clock clock, PromiseRule rule) {
        this.sessions = Objects.requireNonNull(sessions);
        this.clock = Objects.requireNonNull(clock);
        this.rule = Objects.requireNonNull(rule);
    }

    /** The time to promise an order of {@code pizzasInThisOrder} pizzas taken now at the store. */
    public Instant propose(StaffPrincipal caller, int storeId, Fulfilment fulfilment, int pizzasInThisOrder) {
        return proposal(caller, storeId, fulfilment, pizzasInThisOrder).promisedAt();
    }

    /** {@link #propose}, with the size of the queue it was made from. */
    public Proposal proposal(StaffPrincipal caller, int storeId, Fulfilment fulfilment, int pizzasInThisOrder) {
        Permissions.PLACE_ORDER.check(caller, storeId);
        Objects.requireNonNull(fulfilment, "fulfilment");
        if (pizzasInThisOrder < 0) {
            throw new IllegalArgumentException("pizzasInThisOrder cannot be negative: " + pizzasInThisOrder);
        }
        int queued = queuedPizzas(storeId);
        return new Proposal(rule.promise(clock.instant(), queued, pizzasInThisOrder, fulfilment), queued);
    }

    /**
     * Pizzas still to make at the store: the quantities of the pizza lines of its orders received
     * or in preparation (one statement on customer_order_store_status_idx). A half-and-half
     * is one pizza.
     */
    int queuedPizzas(int storeId) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            long pizzas = session.createNativeQuery(
                            "SELECT CAST(COALESCE(SUM(l.quantity), 0) AS bigint) FROM customer_order o"
                                    + " JOIN order_line l ON l.order_id = o.id"
                                    + " JOIN product_size ps ON ps.id = l.product_size_id"
                                    + " JOIN product p ON p.id = ps.product_id"
                                    + " WHERE o.store_id = :store AND o.status IN ('RECEIVED', 'IN_PREPARATION')"
                                    + " AND p.category = 'PIZZA'", Long.class)
                    .setParameter("store", storeId)
                    .getSingleResult();
            return Math.toIntExact(pizzas);
        });
    }
}
