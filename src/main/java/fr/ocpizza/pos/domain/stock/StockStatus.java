package fr.ocpizza.pos.domain.stock;

/** OK above the threshold, LOW at or under it, OUT when none is left. */
public enum StockStatus { OK, LOW, OUT }
