package fr.ocpizza.pos.domain.menu;

/** Something the kitchen stocks and recipes consume. */
public record Ingredient(int id, String code, String name, Unit unit) {
}
