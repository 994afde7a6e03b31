package fr.ocpizza.pos.domain.order;

/** How the customer gets the order. */
public enum Fulfilment { TAKEAWAY, DELIVERY, EAT_IN }
