package fr.ocpizza.pos.domain.order;

/** How an order is paid. ON_DELIVERY covers payment at the door or at pickup. */
public enum PaymentMethod { CASH, CARD, PAYPAL, ON_DELIVERY }
