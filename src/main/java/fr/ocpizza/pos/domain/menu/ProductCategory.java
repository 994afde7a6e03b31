package fr.ocpizza.pos.domain.menu;

/** The menu's sections. */
public enum ProductCategory { PIZZA, DRINK, DESSERT }
