package fr.ocpizza.pos.ui.backoffice.staff;

import fr.ocpizza.pos.application.Audit;
import fr.ocpizza.pos.application.audit.AuditEntry;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.TicketRef;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TypeAhead;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit log's rows as sentences a manager reads: "Commande n° 42 du 05/12 annulée : client
 * parti", "Prix M de Margherita : 14,50 € → 15,00 €", "Comptage : Mozzarella −34 g". The service
 * keeps machine details (keys, cents, codes); the words, euros and units are the bundle's.
 */
public final class AuditSentences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final String MINUS = "\u2212";

    private final Messages messages;

    public AuditSentences(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** The action's name: "Commande annulée", "Comptage corrigé"; the raw action if the bundle has no words for it. */
    public String action(AuditEntry entry) {
        return messages.find("audit." + entry.action()).orElse(entry.action());
    }

    /**
     * The action a manager names in the filter: its words ("annulée", "prix modif", as the
     * type-ahead reads them) or its code; the text as typed, in capitals, when it names none.
     */
    public String actionCode(String typed) {
        String query = typed.strip();
        List<String> codes = messages.bundle().keySet().stream()
                .filter(key -> key.startsWith("audit.") && key.indexOf('.', "audit.".length()) < 0)
                .map(key -> key.substring("audit.".length())).sorted().toList();
        for (String code : codes) {
            if (code.equalsIgnoreCase(query) || TypeAhead.matches(messages.get("audit." + code), query)) {
                return code;
            }
        }
        return query.toUpperCase(java.util.Locale.ROOT);
    }

    /** What happened to what, in one line. */
    public String describe(AuditEntry entry) {
        Map<String, Object> details = entry.details();
        List<String> parts = new ArrayList<>();
        switch (entry.action()) {
            case Audit.ORDER_CANCELLED -> {
                String order = order(entry);
                Object reason = details.get("reason");
                parts.add(reason == null || reason.toString().isBlank() ? messages.get("audit.sentence.cancelled", order)
                        : messages.get("audit.sentence.cancelledBecause", order, reason));
            }
            case "STOCK_COUNT_CORRECTED" -> {
                List<String> corrections = new ArrayList<>();
                if (details.get("corrections") instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof Map<?, ?> correction) {
                            corrections.add(correction(entry, correction));
                        }
                    }
                }
                parts.add(messages.get("audit.sentence.count", String.join(", ", corrections)));
            }
            case "PRICE_CHANGED", "PRODUCT_CHANGED" -> productChanges(entry, parts);
            case "RECIPE_CHANGED" -> {
                Object sizes = details.get("sizes");
                String sizeList = sizes instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : "";
                parts.add(messages.get("audit.sentence.recipe", subject(entry), sizeList, number(details.get("steps"))));
            }
            default -> {
                if (entry.action().startsWith("STAFF_")) {
                    staffChanges(entry, parts);
                } else {
                    parts.add(generic(entry));
                }
            }
        }
        return String.join(" · ", parts);
    }

    /** "Commande n° 42 du 05/12", or the order's number in the database when it is gone. */
    public String order(AuditEntry entry) {
        TicketRef ticket = entry.ticket();
        return ticket == null ? messages.get("audit.sentence.unknownOrder", entry.entityId())
                : ticket(messages, ticket);
    }

    /** "Commande n° 42 du 05/12": the words people use for an order, for the audit log and the ledger. */
    public static String ticket(Messages messages, TicketRef ticket) {
        return messages.get("ticket.named", ticket.number(), DAY.format(ticket.businessDate()));
    }

    private String correction(AuditEntry entry, Map<?, ?> correction) {
        String code = String.valueOf(correction.get("ingredient"));
        String name = entry.ingredientNames().getOrDefault(code, code);
        String unit = unit(String.valueOf(correction.get("unit")));
        BigDecimal delta = decimal(correction.get("delta"));
        String signed = (delta.signum() > 0 ? "+" : delta.signum() < 0 ? MINUS : "") + quantity(delta.abs());
        return messages.get("audit.sentence.correction", name, signed, unit, quantity(decimal(correction.get("counted"))),
                quantity(decimal(correction.get("before"))));
    }

    private void productChanges(AuditEntry entry, List<String> parts) {
        String product = subject(entry);
        for (Map.Entry<String, Object> detail : entry.details().entrySet()) {
            String key = detail.getKey();
            Object value = detail.getValue();
            if (key.startsWith("price.") && value instanceof Map<?, ?> change) {
                parts.add(messages.get("audit.sentence.price", key.substring("price.".length()), product,
                        euros(change.get("from")), euros(change.get("to"))));
            } else if (key.equals("vatRate") && value instanceof Map<?, ?> change) {
                parts.add(messages.get("audit.sentence.vat", product, percent(change.get("from")), percent(change.get("to"))));
            } else if (key.equals("available")) {
                parts.add(messages.get(Boolean.TRUE.equals(value) ? "audit.sentence.available" : "audit.sentence.unavailable",
                        product));
            } else {
                parts.add(change(key, value));
            }
        }
    }

    private void staffChanges(AuditEntry entry, List<String> parts) {
        Map<String, Object> details = entry.details();
        Object login = details.get("login");
        String who = subject(entry) + (login == null ? "" : " (" + login + ")");
        parts.add(messages.get("audit.sentence.staff", who));
        for (Map.Entry<String, Object> detail : details.entrySet()) {
            String key = detail.getKey();
            Object value = detail.getValue();
            switch (key) {
                case "login" -> {
                }
                case "role" -> parts.add(value instanceof Map<?, ?> change
                        ? messages.get("audit.sentence.role.changed", role(change.get("from")), role(change.get("to")))
                        : messages.get("audit.sentence.role", role(value)));
                case "newSecret" -> parts.add(messages.find("audit.sentence.secret." + value).orElse(String.valueOf(value)));
                case "unlocked" -> {
                    if (Boolean.TRUE.equals(value)) {
                        parts.add(messages.get("audit.sentence.unlocked"));
                    }
                }
                default -> parts.add(change(key, value));
            }
        }
    }

    private String change(String key, Object value) {
        String field = messages.find("audit.field." + key).orElse(key);
        if (value instanceof Map<?, ?> change && change.containsKey("from")) {
            return messages.get("audit.sentence.change", field, shown(change.get("from")), shown(change.get("to")));
        }
        return messages.get("audit.sentence.value", field, shown(value));
    }

    private String generic(AuditEntry entry) {
        List<String> parts = new ArrayList<>();
        if (entry.subject() != null) {
            parts.add(entry.subject());
        }
        entry.details().forEach((key, value) -> parts.add(change(key, value)));
        return String.join(" · ", parts);
    }

    private String subject(AuditEntry entry) {
        return entry.subject() != null ? entry.subject() : messages.get("audit.sentence.unknownSubject", entry.entityId());
    }

    private String shown(Object value) {
        if (value == null) {
            return messages.get("audit.sentence.none");
        }
        if (value instanceof Boolean yes) {
            return messages.get(yes ? "audit.sentence.yes" : "audit.sentence.no");
        }
        return String.valueOf(value);
    }

    private String role(Object role) {
        return role == null ? messages.get("audit.sentence.none") : messages.find("role." + role).orElse(String.valueOf(role));
    }

    private String euros(Object cents) {
        return cents instanceof Number number ? Money.ofCents(number.longValue()).format(messages.locale()) : shown(cents);
    }

    private String percent(Object rate) {
        return rate == null ? shown(null) : messages.get("audit.sentence.percent", decimal(rate));
    }

    private String unit(String symbol) {
        return switch (symbol) {
            case "g" -> messages.get("unit.GRAM");
            case "ml" -> messages.get("unit.MILLILITRE");
            case "piece" -> messages.get("unit.PIECE");
            default -> symbol;
        };
    }

    private String quantity(BigDecimal value) {
        return messages.get("audit.sentence.quantity", value);
    }

    private static String number(Object value) {
        return value == null ? "0" : String.valueOf(value);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
        } catch (NumberFormatException notANumber) {
            return BigDecimal.ZERO;
        }
    }
}
