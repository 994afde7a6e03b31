package fr.ocpizza.pos.domain.order;

/** Where an order came from. */
public enum Channel { COUNTER, PHONE, ONLINE }
