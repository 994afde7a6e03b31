package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.KitchenTicket;
import fr.ocpizza.pos.application.kitchen.LineReminder;
import fr.ocpizza.pos.application.kitchen.RecipeReminder;
import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.order.IllegalTransitionException;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.order.LineLabel;
import fr.ocpizza.pos.ui.common.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The words and times of the kitchen screen, in the terminal's language and time zone. */
public final class TicketTexts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final ZoneId zone;

    public TicketTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public Messages messages() {
        return messages;
    }

    /** "n° 42". */
    public String number(KitchenTicket ticket) {
        return messages.get("kitchen.ticketNumber", ticket.ticketNumber());
    }

    /** "Téléphone · À emporter". */
    public String source(KitchenTicket ticket) {
        return messages.get("kitchen.channel." + ticket.channel().name()) + " · "
                + messages.get("kitchen.fulfilment." + ticket.fulfilment().name());
    }

    /** "Pour 12:45", or for a recalled ticket "Prête à 12:41". */
    public String promise(KitchenTicket ticket, boolean recalled) {
        if (recalled && ticket.readyAt() != null) {
            return messages.get("kitchen.recalled", time(ticket.readyAt()));
        }
        return messages.get("kitchen.promised", time(ticket.promisedAt()));
    }

    /** "12:45" on the terminal's clock. */
    public String time(Instant instant) {
        return CLOCK.format(instant.atZone(zone));
    }

    /** "2 × Reine M", "1 × ½ Reine + ½ Quatre fromages M"; no size for single-size products. */
    public String line(KitchenTicket.Line line) {
        return "U".equals(line.sizeCode())
                ? messages.get("kitchen.line", line.quantity(), line.displayName())
                : messages.get("kitchen.line.sized", line.quantity(), line.displayName(), line.sizeCode());
    }

    public String added(String ingredient) {
        return messages.get("kitchen.added", ingredient);
    }

    /** "SANS BASILIC FRAIS": in capitals, an allergy can hide in a removal. */
    public String removed(String ingredient) {
        return messages.get("kitchen.removed", ingredient.toUpperCase(messages.locale()));
    }

    /** One line of the recall list: "n° 42 · prête à 12:41 · 2 × Reine M, 1 × Coca-Cola". */
    public String recallSummary(KitchenTicket ticket) {
        String lines = ticket.lines().stream().map(this::line).collect(Collectors.joining(", "));
        return messages.get("kitchen.recall.item", number(ticket),
                ticket.readyAt() == null ? "" : time(ticket.readyAt()), lines);
    }

    /**
     * "Reine — taille L", "½ Reine + ½ Quatre fromages — taille M" for the two halves of a
     * half-and-half, or the name alone for single-size products.
     */
    public String recipeTitle(List<RecipeReminder> recipes) {
        RecipeReminder first = recipes.get(0);
        String name = recipes.size() == 1 ? first.productName()
                : LineLabel.name(first.productName(), recipes.get(1).productName());
        return "U".equals(first.sizeCode()) ? name : messages.get("kitchen.recipe.title", name, first.sizeCode());
    }

    /** "Ingrédients (une pizza)", or for one half of a half-and-half "Ingrédients — ½ Reine". */
    public String ingredientsHeading(RecipeReminder recipe) {
        return recipe.half() ? messages.get("kitchen.recipe.half.ingredients", recipe.productName())
                : messages.get("kitchen.recipe.ingredients");
    }

    /** "Étapes", or for one half of a half-and-half "Étapes — Reine". */
    public String stepsHeading(RecipeReminder recipe) {
        return recipe.half() ? messages.get("kitchen.recipe.half.steps", recipe.productName())
                : messages.get("kitchen.recipe.steps");
    }

    /** "110 g", "1 pièce"; "0 g" for a removed topping (what goes on, as the stock takes it). */
    public String quantity(RecipeReminder.Ingredient ingredient) {
        return amount(ingredient.quantity(), ingredient.unit());
    }

    /** "En plus (toute la pizza)" for a half-and-half, else "En plus". */
    public String extrasHeading(LineReminder reminder) {
        return messages.get(reminder.recipes().size() > 1 ? "kitchen.recipe.extras.whole" : "kitchen.recipe.extras");
    }

    /** "+60 g", or "+60 g (170 g en tout)" when the recipe already has some. */
    public String extraQuantity(LineReminder.Extra extra) {
        String added = messages.get("kitchen.recipe.extra", amount(extra.quantity(), extra.unit()));
        return extra.inRecipe().signum() == 0 ? added
                : messages.get("kitchen.recipe.extra.total", added, amount(extra.total(), extra.unit()));
    }

    private String amount(BigDecimal quantity, Unit unit) {
        return messages.get("kitchen.recipe.quantity", quantity.stripTrailingZeros(),
                messages.get("kitchen.unit." + unit.symbol()));
    }

    /**
     * Why a start or a bump was refused. Another screen got there first: say so with the
     * ticket's number (the refusal itself carries the order's id, which nobody in a kitchen knows).
     */
    public String actionRefusal(KitchenTicket ticket, Throwable failure) {
        if (failure instanceof IllegalTransitionException || failure instanceof ConcurrentChangeException) {
            return messages.get("kitchen.error.changedElsewhere", ticket.ticketNumber());
        }
        return messages.describe(failure);
    }

    /** "▼ 4 tickets plus bas", or "▼ 4 tickets plus bas, dont 1 en retard". */
    public String belowFold(int hidden, int late) {
        String text = messages.get("kitchen.belowFold", hidden);
        return late == 0 ? text : messages.get("kitchen.belowFold.late", text, late);
    }

    /** "Reine M" in the all-day panel. */
    public String allDayName(AllDayCount count) {
        return "U".equals(count.sizeCode()) ? count.productName() : count.productName() + " " + count.sizeCode();
    }
}
