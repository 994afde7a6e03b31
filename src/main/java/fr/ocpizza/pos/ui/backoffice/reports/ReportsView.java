package fr.ocpizza.pos.ui.backoffice.reports;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.report.Cancellations;
import fr.ocpizza.pos.application.report.ChannelSales;
import fr.ocpizza.pos.application.report.DailySales;
import fr.ocpizza.pos.application.report.HourlySales;
import fr.ocpizza.pos.application.report.KitchenTimes;
import fr.ocpizza.pos.application.report.ProductSales;
import fr.ocpizza.pos.application.report.SalesSummary;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.ProgressCue;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/**
 * Controller of {@code ReportsView.fxml}: the period and scope, the figures, one series per store
 * in the bar charts (the chain side by side), the channel pie, the kitchen-time histogram and the
 * product table.
 */
public final class ReportsView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReportsViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;

    @FXML private Node root;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button todayButton;
    @FXML private Button weekButton;
    @FXML private Button monthButton;
    @FXML private ComboBox<Integer> scopeBox;
    @FXML private Button runButton;
    @FXML private Button exportButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private javafx.scene.control.ScrollPane reportScroll;
    @FXML private Label errorText;
    @FXML private Label noticeText;
    @FXML private Label summaryText;
    @FXML private BarChart<String, Number> dayChart;
    @FXML private BarChart<String, Number> hourChart;
    @FXML private PieChart channelChart;
    @FXML private BarChart<String, Number> kitchenChart;
    @FXML private Label kitchenText;
    @FXML private Label cancellationText;
    @FXML private TableView<ProductSales> productTable;
    @FXML private TableColumn<ProductSales, String> productStoreColumn;
    @FXML private TableColumn<ProductSales, String> productColumn;
    @FXML private TableColumn<ProductSales, String> productQuantityColumn;
    @FXML private TableColumn<ProductSales, String> productRevenueColumn;

    public ReportsView(ReportsViewModel viewModel, DialogService dialogs) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.messages = viewModel.messages();
    }

    @FXML
    private void initialize() {
        for (DatePicker picker : List.of(fromPicker, toPicker)) {
            picker.setConverter(new javafx.util.converter.LocalDateStringConverter(DATE, DATE));
        }
        for (Button button : List.of(todayButton, weekButton, monthButton, runButton, exportButton)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        todayButton.setOnAction(event -> {
            viewModel.today();
            viewModel.run();
        });
        weekButton.setOnAction(event -> {
            viewModel.lastDays(7);
            viewModel.run();
        });
        monthButton.setOnAction(event -> {
            viewModel.thisMonth();
            viewModel.run();
        });
        scopeBox.setItems(viewModel.scopes());
        scopeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer scope) {
                return viewModel.scopeLabel(scope);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        scopeBox.valueProperty().bindBidirectional(viewModel.scopeProperty());
        runButton.setOnAction(event -> viewModel.run());
        runButton.disableProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.resultProperty().isNull().or(viewModel.busyProperty()));
        exportButton.setOnAction(event -> dialogs.chooseFolder(messages.get("backoffice.reports.exportTitle"))
                .ifPresent(viewModel::exportCsv));
        ProgressCue.attach(busyIndicator, viewModel.busyProperty());
        MessageLabels.show(errorText, viewModel.errorProperty());
        MessageLabels.show(noticeText, viewModel.noticeProperty());

        productTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        productStoreColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(viewModel.storeName(row.getValue().storeId())));
        productColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                "U".equals(row.getValue().sizeCode()) ? row.getValue().product() : row.getValue().product() + " " + row.getValue().sizeCode()));
        productQuantityColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(String.valueOf(row.getValue().quantity())));
        productRevenueColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(money(row.getValue().revenue())));
        viewModel.resultProperty().addListener((o, before, set) -> show(set));
        viewModel.loadStores();
        viewModel.run();
    }

    private void show(ReportSet set) {
        if (set == null) {
            return;
        }
        long orders = set.summary().stream().mapToLong(SalesSummary::orders).sum();
        Money revenue = set.summary().stream().map(SalesSummary::revenue).reduce(Money.ZERO, Money::plus);
        Money basket = orders == 0 ? Money.ZERO : Money.ofCents(Math.round((double) revenue.cents() / orders));
        long cancelled = set.cancellations().stream().mapToLong(Cancellations::orders).sum();
        summaryText.setText(messages.get("backoffice.reports.summary", orders, money(revenue), money(basket), cancelled));

        dayChart.setData(series(set.byDay(), DailySales::storeId, sale -> DAY.format(sale.day()), DailySales::revenue));
        hourChart.setData(series(set.byHour(), HourlySales::storeId, sale -> sale.hour() + " h", HourlySales::revenue));
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (ChannelSales sale : set.byChannel()) {
            byChannel.merge(messages.find("receipt.channel." + sale.channel().name()).orElse(sale.channel().name()),
                    sale.revenue().cents(), Long::sum);
        }
        // Not animated: a pie animating out its old slices while new ones arrive leaves their labels piled up.
        channelChart.setAnimated(false);
        channelChart.setData(FXCollections.observableArrayList(byChannel.entrySet().stream()
                .map(entry -> new PieChart.Data(entry.getKey() + " " + money(Money.ofCents(entry.getValue())), entry.getValue() / 100.0))
                .toList()));

        List<KitchenTimes> preparation = set.kitchenTimes().stream()
                .filter(times -> times.stage() == KitchenTimes.Stage.RECEIVED_TO_READY).toList();
        kitchenChart.setData(FXCollections.observableArrayList(preparation.stream().map(times -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(viewModel.storeName(times.storeId()));
            times.histogram().forEach(bucket -> series.getData().add(new XYChart.Data<>(bucket.toMinutes() == null
                    ? bucket.fromMinutes() + "+" : bucket.fromMinutes() + "–" + bucket.toMinutes(), bucket.orders())));
            return series;
        }).toList()));
        kitchenText.setText(set.kitchenTimes().isEmpty() ? messages.get("backoffice.reports.kitchen.none")
                : set.kitchenTimes().stream().map(times -> messages.get("backoffice.reports.kitchen.line",
                        viewModel.storeName(times.storeId()), messages.get("backoffice.reports.stage." + times.stage().name()),
                        minutes(times.median()), minutes(times.p90()), times.orders()))
                .collect(Collectors.joining("\n")));
        cancellationText.setText(set.cancellations().isEmpty() ? messages.get("backoffice.reports.cancellations.none")
                : set.cancellations().stream().map(c -> messages.get("backoffice.reports.cancellations.line",
                        viewModel.storeName(c.storeId()), c.orders(), money(c.amount()))).collect(Collectors.joining("\n")));
        productTable.getItems().setAll(set.byProduct());
        reportScroll.setVvalue(0);
    }

    /** One series per store: in the chain's scope the stores stand side by side. */
    private <T> javafx.collections.ObservableList<XYChart.Series<String, Number>> series(List<T> rows, Function<T, Integer> store,
            Function<T, String> category, Function<T, Money> value) {
        Map<Integer, XYChart.Series<String, Number>> byStore = new LinkedHashMap<>();
        for (T row : rows) {
            XYChart.Series<String, Number> series = byStore.computeIfAbsent(store.apply(row), id -> {
                XYChart.Series<String, Number> created = new XYChart.Series<>();
                created.setName(viewModel.storeName(id));
                return created;
            });
            series.getData().add(new XYChart.Data<>(category.apply(row), value.apply(row).cents() / 100.0));
        }
        return FXCollections.observableArrayList(byStore.values());
    }

    private String money(Money amount) {
        return amount.format(messages.locale());
    }

    private static String minutes(Duration duration) {
        return duration == null ? "—" : String.valueOf(Math.round(duration.toSeconds() / 60.0));
    }

    public Node view() {
        return root;
    }
}
