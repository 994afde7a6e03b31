package fr.ocpizza.pos.ui.backoffice.reports;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A manager opens the reports of the last 7 days: figures and charts of today's orders, cancellations apart. */
@TerminalFlowTest
class ReportsFlowTest {

    private static AppContext context;

    @BeforeAll
    static void placeOrders(AppContext terminal, Fixtures fx) {
        context = terminal;
        KitchenOrders counter = new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
        counter.takeaway(20, counter.line("reine", "M", 2));
        counter.phone(30, "M. Roux", null, counter.line("margherita", "L", 1), counter.line("coca_cola", "U", 2));
        OrderView cancelled = counter.takeaway(25, counter.line("diavola", "M", 1));
        context.orders().cancel(counter.cashier(), cancelled.id(), "Client parti");
    }

    @Test
    void theWeekShowsTodaysSalesInFiguresAndCharts(FxRobot robot) throws Exception {
        TerminalWindow.logInManager(robot, "gerant1");
        TabPane tabs = robot.lookup("#backOffice").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "reportsTab".equals(tab.getId())).findFirst().orElseThrow())).get(20, TimeUnit.SECONDS);

        // 2 Reine M (28,00) + Margherita L and 2 Coca (21,00): 2 orders, 49,00 €; the Diavola was cancelled.
        waitUntil(() -> plain(robot.lookup("#reportsSummary").queryAs(Label.class).getText())
                .equals("2 commandes · 49,00 € TTC · panier moyen 24,50 € · 1 annulée"));
        // The charts are filled in the same UI-thread turn, just after the figures.
        WaitForAsyncUtils.waitForFxEvents();
        BarChart<?, ?> byDay = robot.lookup("#dayChart").queryAs(BarChart.class);
        assertThat(byDay.getData()).hasSize(1);
        assertThat(byDay.getData().get(0).getData()).hasSize(1);
        assertThat(((Number) byDay.getData().get(0).getData().get(0).getYValue()).doubleValue()).isEqualTo(49.0);
        PieChart byChannel = robot.lookup("#channelChart").queryAs(PieChart.class);
        assertThat(byChannel.getData()).extracting(PieChart.Data::getPieValue).containsExactlyInAnyOrder(28.0, 21.0);
        assertThat(robot.lookup("#cancellationText").queryAs(Label.class).getText()).contains("1 commande annulée");

        // Another period, then back: the pie shows one label per slice, not the old ones piled up.
        for (String period : new String[] {"#monthButton", "#todayButton", "#weekButton"}) {
            robot.interact(() -> robot.lookup(period).queryAs(Button.class).fire());
            robot.interact(() -> robot.lookup("#runButton").queryAs(Button.class).fire());
            waitUntil(() -> !robot.lookup("#runButton").queryAs(Button.class).isDisabled()
                    && plain(robot.lookup("#reportsSummary").queryAs(Label.class).getText()).startsWith("2 commandes"));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.from(byChannel).lookup(".chart-pie-label").queryAll().stream().filter(Node::isVisible))
                .hasSize(byChannel.getData().size());
    }

    private static String plain(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

}
