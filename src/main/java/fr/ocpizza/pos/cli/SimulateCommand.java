package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.simulation.OnlineShopSimulator;
import fr.ocpizza.pos.simulation.SimulationReport;
import fr.ocpizza.pos.simulation.SimulationSettings;
import fr.ocpizza.pos.simulation.SimulationSetupException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpizza simulate online}: the online shop, played, as a demo feed and a load generator. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Plays the online shop on the shared database, for demos and load tests.")
final class SimulateCommand implements Runnable {

    @ParentCommand
    private OcpizzaCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose online");
    }

    @Command(name = "online", mixinStandardHelpOptions = true,
            description = {"Places K orders at store N as the online shop would.",
                    "",
                    "Channel ONLINE, delivery or takeaway, paid with PayPal (simulated ids,",
                    "captured) or on delivery; 1 to 4 pizzas of mixed sizes, some extras and",
                    "removed toppings, drinks and desserts, for made-up Paris customers. Each",
                    "order is one transaction written with plain SQL by the rules of",
                    "docs/schema.md section 5; an order the stock cannot cover is refused",
                    "and writes nothing.",
                    "",
                    "This command publishes nothing to Redis: like the real shop, it writes",
                    "ORDER_PLACED and STOCK_CHANGED rows to the outbox, and a running",
                    "terminal's outbox relay publishes them. To feed a kitchen screen, start",
                    "the application on the same database, then run this command.",
                    "",
                    "Prints a progress line at most once a second, then: placed, refused for",
                    "stock (per ingredient), failed (per reason), elapsed time, orders per",
                    "second, p50/p99 commit latency. Exit code 1 if any order failed",
                    "(refusals for stock are not failures)."},
            footer = {"", "Example: ocpizza simulate online --store 1 --orders 20 --rate 0.5"})
    int online(@Mixin StoreOption store,
               @Option(names = "--orders", paramLabel = "K", required = true,
                       description = "How many orders to place, 1 to " + SimulationSettings.MAX_ORDERS + ".") int orders,
               @Option(names = "--rate", paramLabel = "R",
                       description = "Orders per second over the whole run, e.g. 0.5 for one every 2 s"
                               + " (default: as fast as the writers go).") Double rate,
               @Option(names = "--concurrency", paramLabel = "C", defaultValue = "1",
                       description = "Parallel writers, each on its own connection, 1 to " + SimulationSettings.MAX_CONCURRENCY
                               + " (default: ${DEFAULT-VALUE}).") int concurrency,
               @Option(names = "--seed", paramLabel = "S",
                       description = "Replays the same customers, baskets and payment choices (default: a random seed,"
                               + " printed). Order references, event and PayPal ids stay unique.") Long seed,
               @Option(names = "--favourite", paramLabel = "PIZZA",
                       description = "A pizza code, e.g. burrata, that makes up half of the pizzas ordered: a rush on it.")
               String favourite) {
        CommandLine online = spec.subcommands().get("online");
        if (orders < 1 || orders > SimulationSettings.MAX_ORDERS) {
            throw new ParameterException(online, "Invalid value for option '--orders': " + orders
                    + ": give 1 to " + SimulationSettings.MAX_ORDERS + " orders");
        }
        if (rate != null && !(rate > 0 && Double.isFinite(rate))) {
            throw new ParameterException(online, "Invalid value for option '--rate': " + rate
                    + ": give a positive number of orders per second, e.g. 0.5 for one every 2 s");
        }
        if (concurrency < 1 || concurrency > SimulationSettings.MAX_CONCURRENCY) {
            throw new ParameterException(online, "Invalid value for option '--concurrency': " + concurrency
                    + ": give 1 to " + SimulationSettings.MAX_CONCURRENCY + " writers");
        }
        long actualSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        SimulationSettings settings = new SimulationSettings(orders,
                rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate), concurrency, actualSeed, favourite);
        try (CliSession session = CliSession.openCurrent(root)) {
            int storeId = store.existingIn(session);
            OnlineShopSimulator simulator;
            try {
                simulator = OnlineShopSimulator.forStore(session.database().dataSource(), storeId);
            } catch (SimulationSetupException e) {
                throw new ParameterException(online, e.getMessage());
            }
            if (favourite != null && !simulator.pizzaCodes().contains(favourite)) {
                throw new ParameterException(online, "Invalid value for option '--favourite': no pizza '" + favourite
                        + "' on sale: choose one of " + String.join(", ", simulator.pizzaCodes()));
            }
            PrintWriter out = online.getOut();
            out.println(header(simulator, settings));
            int poolSize = session.config().poolSize();
            if (concurrency > poolSize) {
                out.println("Note: db.pool.size is " + poolSize + ", so at most " + poolSize + " of the " + concurrency
                        + " writers hold a connection at once; set OCPIZZA_DB_POOL_SIZE=" + concurrency + " to run them all.");
            }
            out.flush();
            SimulationReport report = simulator.run(settings, line -> {
                out.println(line);
                out.flush();
            });
            out.println();
            report.summaryLines().forEach(out::println);
            out.println("Events:   written to the outbox with each placed order; a terminal's outbox relay publishes them.");
            out.flush();
            if (report.failed() > 0) {
                throw new CliFailure(report.failed() + " of " + orders + " orders failed and were rolled back, nothing"
                        + " written for them: the reasons are in the summary above.");
            }
            return 0;
        }
    }

    private static String header(OnlineShopSimulator simulator, SimulationSettings settings) {
        String pace = settings.ratePerSecond().isPresent()
                ? String.format(Locale.ROOT, "%s orders/s", plain(settings.ratePerSecond().getAsDouble()))
                : "as fast as possible";
        return "Simulating the online shop at store " + simulator.storeId() + " " + simulator.storeName() + ": "
                + settings.orders() + " order(s), " + pace + ", " + settings.concurrency() + " writer(s), seed "
                + settings.seed() + (settings.favouritePizza() == null ? "" : ", rush on " + settings.favouritePizza());
    }

    /** 0.5 → "0.5", 2.0 → "2". */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
