package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

    @RegisterExtension
    static final SeededCli cli = new SeededCli();

    @Test
    void placesTheOrdersAndSumsUpWhatHappened() {
        CliRunner.Result result = cli.run("simulate", "online", "--store", "1", "--orders", "5", "--seed", "42");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("Simulating the online shop at store 1 OC Pizza Bastille: 5 order(s),"
                + " as fast as possible, 1 writer(s), seed 42");
        assertThat(lines.get(1)).matches("\\[ +\\d+\\.\\d s] 1/5: 1 placed, 0 refused, 0 failed; last: ticket 1, .*");
        assertThat(lines).contains("Refused:  0", "Failed:   0")
                .anyMatch(line -> line.matches("Placed:   5 of 5 \\(delivery \\d, takeaway \\d; PayPal \\d, on delivery \\d\\),"
                        + " \\d+\\.\\d{2} €"))
                .anyMatch(line -> line.matches("Elapsed:  \\d+\\.\\d{2} s, \\d+\\.\\d orders/s"))
                .anyMatch(line -> line.matches("Latency:  p50 \\d+\\.\\d ms, p99 \\d+\\.\\d ms .*"));
    }

    @Test
    void theTerminalListsTheSimulatedOrdersAsOnlineOrders() {
        cli.run("simulate", "online", "--store", "2", "--orders", "3", "--seed", "5", "--rate", "50", "--concurrency", "2");

        CliRunner.Result export = cli.run("orders", "export", "--store", "2");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.outLines()).hasSize(4);
        assertThat(export.outLines().subList(1, 4)).allMatch(line -> line.matches("\\d+,\\d{4}-\\d\\d-\\d\\d,[123],[^,]+,ONLINE,(DELIVERY|TAKEAWAY),RECEIVED,.*"));
    }

    @Test
    void aBurrataRushAtTheMaraisCountsRefusalsWithoutFailing() {
        CliRunner.Result result = cli.run("simulate", "online", "--store", "5", "--orders", "10", "--seed", "7",
                "--favourite", "burrata");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).anyMatch(line -> line.matches("Refused:  \\d+ for stock: \\d+ out of Burrata des Pouilles"));
    }

    @Test
    void helpSaysTheRelayPublishesTheEvents() {
        CliRunner.Result result = cli.run("simulate", "online", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: ocpizza simulate online ")
                .contains("--orders=K", "--rate=R", "--concurrency=C", "--seed=S", "--favourite=PIZZA")
                .contains("This command publishes nothing to Redis")
                .contains("terminal's outbox relay publishes them");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--orders 0                  | Invalid value for option '--orders': 0: give 1 to 1000000 orders",
        "--orders 5 --rate 0         | Invalid value for option '--rate': 0.0: give a positive number of orders per second",
        "--orders 5 --rate -2        | Invalid value for option '--rate': -2.0: give a positive number of orders per second",
        "--orders 5 --concurrency 0  | Invalid value for option '--concurrency': 0: give 1 to 64 writers",
        "--orders 5 --concurrency 65 | Invalid value for option '--concurrency': 65: give 1 to 64 writers",
        "--orders 5 --rate fast      | Invalid value for option '--rate': 'fast' is not a double",
        "--orders 5 --favourite tiramisu | Invalid value for option '--favourite': no pizza 'tiramisu' on sale: choose one of",
    })
    void aBadOptionIsOneLineAndExitTwo(String options, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("simulate", "online", "--store", "1"));
        args.addAll(List.of(options.strip().split(" +")));

        CliRunner.Result result = cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ocpizza: error: " + message)
                .endsWith("See 'ocpizza simulate online --help'.");
    }

    @Test
    void anUnknownStoreIsAUsageError() {
        CliRunner.Result result = cli.run("simulate", "online", "--store", "9", "--orders", "5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: Store 9 does not exist: stores are 1..5. See 'ocpizza simulate online --help'.");
    }

    @Test
    void theNumberOfOrdersIsRequired() {
        CliRunner.Result result = cli.run("simulate", "online", "--store", "1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("Missing required option: '--orders=K'");
    }

    @Test
    void simulateAloneSaysWhatToChoose() {
        CliRunner.Result result = cli.run("simulate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: Missing command: choose online. See 'ocpizza simulate --help'.");
    }
}
