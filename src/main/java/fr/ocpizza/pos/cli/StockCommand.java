package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.StockLevel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpizza stock export}: a store's stock as CSV. */
@Command(name = "stock", mixinStandardHelpOptions = true, description = "A store's stock.")
final class StockCommand implements Runnable {

    static final List<String> HEADER =
            List.of("ingredient_code", "ingredient", "unit", "quantity", "low_threshold", "status");

    @ParentCommand
    private OcpizzaCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose export");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Writes every ingredient of the store as CSV: ingredient_code, ingredient, unit, quantity,",
                    "low_threshold and status (OK, LOW at or under the threshold, OUT when none is left)."})
    int export(@Mixin StoreOption store,
               @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
               Path output) {
        try (CliSession session = CliSession.openCurrent(root)) {
            int storeId = store.existingIn(session);
            List<List<?>> rows = session.stock().levels(StaffPrincipal.commandLine(), storeId).stream()
                    .<List<?>>map(level -> List.of(level.ingredientCode(), level.ingredientName(), level.unit().symbol(),
                            plain(level.quantity()), plain(level.lowThreshold()), level.status().name()))
                    .toList();
            CsvOutput.write(spec.commandLine().getOut(), output, HEADER, rows, "ingredient(s)");
            return 0;
        }
    }

    /** 1250.000 → 1250, 0.500 → 0.5: the database's scale is not the count's. */
    private static String plain(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }
}
