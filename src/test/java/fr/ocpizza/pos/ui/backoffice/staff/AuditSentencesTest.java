package fr.ocpizza.pos.ui.backoffice.staff;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.audit.AuditEntry;
import fr.ocpizza.pos.domain.order.TicketRef;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit log reads as sentences: ticket numbers, names, euros and units, never keys, ids or cents. */
class AuditSentencesTest {

    private final AuditSentences french = new AuditSentences(Messages.french());
    private final AuditSentences english = new AuditSentences(Messages.forLocale(Locale.ENGLISH));

    private static AuditEntry entry(String action, String entity, String entityId, Map<String, Object> details,
                                    TicketRef ticket, String subject, Map<String, String> ingredients) {
        return new AuditEntry(1, Instant.parse("2026-12-05T18:00:00Z"), 7L, "Claire Martin", 1, action, entity, entityId,
                details, ticket, subject, ingredients);
    }

    @Test
    void aCancelledOrderIsNamedByItsTicketNumberAndDayNotItsId() {
        AuditEntry cancelled = entry("ORDER_CANCELLED", "customer_order", "12", Map.of("reason", "Client parti"),
                new TicketRef(42, LocalDate.of(2026, 12, 5)), null, Map.of());

        assertThat(french.action(cancelled)).isEqualTo("Commande annulée");
        assertThat(french.describe(cancelled)).isEqualTo("Commande n° 42 du 05/12 annulée : Client parti");
        assertThat(english.describe(cancelled)).isEqualTo("Order no. 42 of 05/12 cancelled: Client parti");
    }

    @Test
    void aPriceChangeReadsInEurosWithTheSizeAndTheProduct() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("price.M", Map.of("from", 1450, "to", 1500));
        details.put("available", false);
        AuditEntry changed = entry("PRICE_CHANGED", "product", "3", details, null, "Margherita", Map.of());

        assertThat(normalized(french.describe(changed)))
                .isEqualTo("Prix M de Margherita : 14,50 € → 15,00 € · Margherita retiré de la carte");
        assertThat(french.describe(changed)).doesNotContain("1450").doesNotContain("price.");
    }

    @Test
    void aCountCorrectionNamesTheIngredientWithASignedQuantityAndItsUnit() {
        AuditEntry count = entry("STOCK_COUNT_CORRECTED", "stock", "1", Map.of("corrections", List.of(
                        Map.of("ingredient", "mozzarella", "unit", "g", "before", 1234, "counted", 1200, "delta", -34),
                        Map.of("ingredient", "egg", "unit", "piece", "before", 10, "counted", 12, "delta", 2))),
                null, "OC Pizza Opéra", Map.of("mozzarella", "Mozzarella", "egg", "Œufs"));

        assertThat(french.action(count)).isEqualTo("Inventaire corrigé");
        assertThat(normalized(french.describe(count))).isEqualTo(
                "Comptage : Mozzarella −34 g (compté 1 200 g, attendu 1 234 g), Œufs +2 u. (compté 12 u., attendu 10 u.)");
    }

    @Test
    void aStaffChangeNamesTheMemberAndSaysRolesInWords() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("login", "caisse.audit");
        details.put("fullName", Map.of("from", "Jean Audit", "to", "Jean-Marc Audit"));
        details.put("role", Map.of("from", "CASHIER", "to", "PIZZAIOLO"));
        details.put("newSecret", "PIN");
        AuditEntry updated = entry("STAFF_UPDATED", "staff", "9", details, null, "Jean-Marc Audit", Map.of());

        assertThat(french.describe(updated)).isEqualTo("Jean-Marc Audit (caisse.audit) · nom : Jean Audit → Jean-Marc Audit"
                + " · rôle : Caissier → Pizzaïolo · nouveau code PIN");
    }

    @Test
    void anOrderNoLongerInTheDatabaseStillReadsAsASentence() {
        AuditEntry gone = entry("ORDER_CANCELLED", "customer_order", "12", Map.of(), null, null, Map.of());

        assertThat(french.describe(gone)).isEqualTo("Commande (fiche 12, supprimée) annulée");
    }

    @Test
    void theFilterTakesTheActionInWordsOrItsCode() {
        assertThat(french.actionCode("commande annul")).isEqualTo("ORDER_CANCELLED");
        assertThat(french.actionCode("Prix")).isEqualTo("PRICE_CHANGED");
        assertThat(french.actionCode("inventaire")).isEqualTo("STOCK_COUNT_CORRECTED");
        assertThat(french.actionCode("staff_created")).isEqualTo("STAFF_CREATED");
        assertThat(english.actionCode("count")).isEqualTo("STOCK_COUNT_CORRECTED");
        assertThat(french.actionCode("rien de tel")).isEqualTo("RIEN DE TEL");
    }

    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
