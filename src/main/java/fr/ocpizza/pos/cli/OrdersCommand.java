package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code ocpizza orders export}: a store's orders over days, as CSV. */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "A store's orders.")
final class OrdersCommand implements Runnable {

    /** The chain's pizzerias are all in Paris: a day is a Paris day, whatever the machine's zone. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final List<String> HEADER = List.of("order_id", "business_date", "ticket_number", "received_at", "channel",
            "fulfilment", "status", "customer_name", "lines", "total_eur", "vat_eur", "promised_at");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @ParentCommand
    private OcpizzaCommand root;

    @Spec
    private CommandSpec spec;

    private final Clock clock = Clock.system(PARIS);

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose export");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes the orders the store received from --from to --to (both included, Paris days) as CSV.",
                    "Amounts in euros (e.g. 32.00), times in ISO 8601 with their Paris offset."})
    int export(@Mixin StoreOption store,
               @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
                       description = "First day (default: the --to day).") LocalDate from,
               @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
                       description = "Last day, included (default: today).") LocalDate to,
               @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
               Path output) {
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last;
        if (first.isAfter(last)) {
            throw new ParameterException(spec.subcommands().get("export"),
                    "--from " + first + " is after --to " + last + ": give the earlier day as --from");
        }
        try (CliSession session = CliSession.openCurrent(root)) {
            int storeId = store.existingIn(session);
            Instant start = first.atStartOfDay(PARIS).toInstant();
            Instant end = last.plusDays(1).atStartOfDay(PARIS).toInstant();
            List<List<?>> rows = session.orders().receivedBetween(StaffPrincipal.commandLine(), storeId, start, end)
                    .stream().<List<?>>map(OrdersCommand::row).toList();
            CsvOutput.write(spec.commandLine().getOut(), output, HEADER, rows, "order(s)");
            return 0;
        }
    }

    private static List<?> row(OrderView order) {
        return List.of(order.id(), order.businessDate().toString(), order.ticketNumber(), timestamp(order.receivedAt()),
                order.channel().name(), order.fulfilment().name(), order.status().name(),
                order.customerName() == null ? "" : order.customerName(), lines(order),
                order.total().toEuros().toPlainString(), order.vat().toEuros().toPlainString(),
                timestamp(order.promisedAt()));
    }

    /**
     * "2 x Reine (M) [+Mozzarella, -Champignons]; 1 x ½ Reine + ½ Quatre fromages (M); 1 x Coca-Cola 33 cl":
     * the ticket, readable in one cell.
     */
    static String lines(OrderView order) {
        return order.lines().stream().map(line -> {
            String label = line.quantity() + " x " + line.label();
            if (line.toppings().isEmpty()) {
                return label;
            }
            return label + line.toppings().stream()
                    .map(t -> (t.kind() == ToppingChange.Kind.ADD ? "+" : "-") + t.ingredientName())
                    .collect(Collectors.joining(", ", " [", "]"));
        }).collect(Collectors.joining("; "));
    }

    private static String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(PARIS));
    }

    /** YYYY-MM-DD, strictly: 2026-02-30 is refused, not rolled over to March. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date: use YYYY-MM-DD, e.g. 2026-03-14");
            }
        }
    }
}
