package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.stock.StoreAvailability;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.Availability;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpizza menu availability}: what a store can still make from its stock. */
@Command(name = "menu", mixinStandardHelpOptions = true, description = "The menu as a store can serve it.")
final class MenuCommand implements Runnable {

    static final List<String> CSV_HEADER = List.of("product_code", "product", "category", "size", "price_eur", "portions",
            "limiting_ingredient", "can_be_made");

    private static final List<String> TABLE_HEADER = List.of("PRODUCT", "SIZE", "PRICE", "PORTIONS", "LIMITED BY", "");

    @ParentCommand
    private OcpizzaCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose availability");
    }

    @Command(name = "availability", mixinStandardHelpOptions = true,
            description = {"For each product and size: how many portions the store's stock allows now and the ingredient",
                    "that limits it. Each product is counted alone: two pizzas sharing mozzarella compete for it."})
    int availability(@Mixin StoreOption store,
                     @Option(names = "--csv", description = "CSV instead of a table.") boolean csv) {
        try (CliSession session = CliSession.openCurrent(root)) {
            int storeId = store.existingIn(session);
            StoreAvailability availability = session.stock().whatCanBeMade(StaffPrincipal.commandLine(), storeId);
            PrintWriter out = spec.commandLine().getOut();
            if (csv) {
                List<List<?>> rows = availability.items().stream().<List<?>>map(item -> csvRow(availability, item)).toList();
                CsvOutput.write(out, null, CSV_HEADER, rows, "item(s)");
            } else {
                String name = session.stores().find(storeId).map(StoreDirectory.Store::name).orElse("");
                printTable(out, storeId + " " + name, availability);
            }
            return 0;
        }
    }

    private static List<?> csvRow(StoreAvailability availability, Availability item) {
        ProductSize size = item.productSize();
        return List.of(size.productCode(), size.productName(), size.category().name(), size.sizeCode(),
                size.price().toEuros().toPlainString(), item.portions(),
                availability.limitingIngredientName(item).orElse(""), item.portions() > 0);
    }

    private static void printTable(PrintWriter out, String store, StoreAvailability availability) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(TABLE_HEADER);
        int cannot = 0;
        for (Availability item : availability.items()) {
            ProductSize size = item.productSize();
            if (item.portions() == 0) {
                cannot++;
            }
            rows.add(List.of(size.productName(), size.sizeCode(), size.price().toEuros().toPlainString(),
                    String.valueOf(item.portions()), availability.limitingIngredientName(item).orElse(""), flag(item)));
        }
        out.println("Store " + store + ": what can be made now");
        out.println();
        int[] widths = new int[TABLE_HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                boolean number = i == 2 || i == 3;
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(number ? padding + cell : cell + padding).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println(cannot == 0 ? "Everything on the menu can be made."
                : cannot + " of " + availability.items().size() + " items cannot be made now (marked CANNOT BE MADE).");
        out.flush();
    }

    private static String flag(Availability item) {
        if (item.portions() > 0) {
            return "";
        }
        return item.productSize().available() ? "CANNOT BE MADE" : "CANNOT BE MADE (off the menu)";
    }
}
