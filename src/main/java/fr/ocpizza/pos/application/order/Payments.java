package fr.ocpizza.pos.application.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import fr.ocpizza.pos.persistence.entity.OrderEntity;
import fr.ocpizza.pos.persistence.entity.PaymentEntity;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/** Records counter payments with their order. PayPal's own flow comes with the payments work. */
final class Payments {

    private Payments() {
    }

    static void record(Session session, OrderEntity order, PaymentRequest request, Long staffId, Instant now) {
        PaymentEntity payment = new PaymentEntity();
        payment.orderId = order.id;
        payment.method = request.method();
        payment.amountCents = order.totalCents;
        payment.staffId = staffId;
        payment.createdAt = now;
        payment.updatedAt = now;
        switch (request.method()) {
            case CASH -> {
                Money total = Money.ofCents(order.totalCents);
                Money tendered = request.tendered() == null ? total : request.tendered();
                if (tendered.compareTo(total) < 0) {
                    throw new ValidationException("error.cash.short",
                            "The customer gave " + tendered + " € for " + total + " €: ask for "
                                    + total.minus(tendered) + " € more.", tendered, total, total.minus(tendered));
                }
                payment.tenderedCents = OrderService.toCents(tendered);
                payment.changeCents = OrderService.toCents(tendered.minus(total));
                payment.status = PaymentStatus.CAPTURED;
            }
            // Taken on the separate card terminal; the cashier records that it went through.
            case CARD -> payment.status = PaymentStatus.CAPTURED;
            case ON_DELIVERY, PAYPAL -> payment.status = PaymentStatus.PENDING;
        }
        session.persist(payment);
    }

    /** The payments of one order, oldest first. */
    static List<PaymentEntity> of(Session session, long orderId) {
        return session.createSelectionQuery("from PaymentEntity p where p.orderId = :order order by p.id", PaymentEntity.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    /**
     * A modified order's pending payments follow its new total. A payment already captured stays
     * as taken: the difference is settled at the counter (balance due or refund).
     */
    static void followNewTotal(Session session, OrderEntity order, Instant now) {
        session.createMutationQuery("update PaymentEntity p set p.amountCents = :amount, p.updatedAt = :now"
                        + " where p.orderId = :order and p.status = :pending")
                .setParameter("amount", order.totalCents)
                .setParameter("pending", PaymentStatus.PENDING)
                .setParameter("now", now)
                .setParameter("order", order.id)
                .executeUpdate();
    }

    /** A cancelled order will not be paid: pending payments are cancelled with it. */
    static void cancelPending(Session session, long orderId, Instant now) {
        session.createMutationQuery("update PaymentEntity p set p.status = :cancelled, p.updatedAt = :now"
                        + " where p.orderId = :order and p.status = :pending")
                .setParameter("cancelled", PaymentStatus.CANCELLED)
                .setParameter("pending", PaymentStatus.PENDING)
                .setParameter("now", now)
                .setParameter("order", orderId)
                .executeUpdate();
    }
}
