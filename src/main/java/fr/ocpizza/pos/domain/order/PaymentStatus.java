package fr.ocpizza.pos.domain.order;

/** Where a payment stands. */
public enum PaymentStatus { PENDING, AUTHORIZED, CAPTURED, FAILED, REFUNDED, CANCELLED }
