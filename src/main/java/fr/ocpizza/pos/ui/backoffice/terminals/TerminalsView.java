package fr.ocpizza.pos.ui.backoffice.terminals;

import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.domain.supervision.TerminalStatus;
import fr.ocpizza.pos.ui.common.MessageLabels;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * Controller of {@code TerminalsView.fxml}: the chain's terminals and their heartbeats. A one-second
 * timeline ages them (no I/O: the view model reads the database off the UI thread); columns sort on
 * a click, and with no column chosen the most urgent come first.
 */
public final class TerminalsView implements AutoCloseable {

    /** The status cell's colour (backoffice.css): {@code :online}, {@code :late}, {@code :offline}, {@code :stopped}. */
    private static final String TERMINAL_STATUS = "terminal-status";

    private final TerminalsViewModel viewModel;
    private final Timeline clock;

    @FXML private Node root;
    @FXML private Label summary;
    @FXML private Label errorText;
    @FXML private Button refreshButton;
    @FXML private TableView<Heartbeat> terminalsTable;
    @FXML private TableColumn<Heartbeat, TerminalStatus> statusColumn;
    @FXML private TableColumn<Heartbeat, String> storeColumn;
    @FXML private TableColumn<Heartbeat, String> hostColumn;
    @FXML private TableColumn<Heartbeat, String> workspaceColumn;
    @FXML private TableColumn<Heartbeat, String> userColumn;
    @FXML private TableColumn<Heartbeat, String> versionColumn;
    @FXML private TableColumn<Heartbeat, String> databaseColumn;
    @FXML private TableColumn<Heartbeat, String> redisColumn;
    @FXML private TableColumn<Heartbeat, String> lastEventColumn;
    @FXML private TableColumn<Heartbeat, Instant> lastBeatColumn;

    public TerminalsView(TerminalsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            viewModel.tick();
            terminalsTable.refresh();
        }));
        clock.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        MessageLabels.show(errorText, viewModel.errorProperty());
        refreshButton.setOnAction(event -> viewModel.load());
        refreshButton.disableProperty().bind(viewModel.busyProperty());

        SortedList<Heartbeat> sorted = new SortedList<>(viewModel.terminals());
        sorted.comparatorProperty().bind(terminalsTable.comparatorProperty());
        terminalsTable.setItems(sorted);
        terminalsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(viewModel.status(row.getValue())));
        statusColumn.setCellFactory(column -> new StatusCell());
        text(storeColumn, viewModel::store);
        text(hostColumn, Heartbeat::hostname);
        text(workspaceColumn, viewModel::workspace);
        text(userColumn, viewModel::user);
        text(versionColumn, Heartbeat::appVersion);
        text(databaseColumn, viewModel::database);
        text(redisColumn, viewModel::redis);
        text(lastEventColumn, viewModel::lastEvent);
        lastBeatColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().heartbeatAt()));
        lastBeatColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : viewModel.lastHeartbeat(at));
            }
        });

        clock.play();
        viewModel.connect();
    }

    private static void text(TableColumn<Heartbeat, String> column, Function<Heartbeat, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }

    /** The status in words, coloured by its pseudo-class. */
    private final class StatusCell extends TableCell<Heartbeat, TerminalStatus> {
        StatusCell() {
            getStyleClass().add(TERMINAL_STATUS);
        }

        @Override
        protected void updateItem(TerminalStatus status, boolean empty) {
            super.updateItem(status, empty);
            for (TerminalStatus each : TerminalStatus.values()) {
                pseudoClassStateChanged(pseudoClass(each), !empty && each == status);
            }
            setText(empty || status == null ? null : viewModel.statusText(status));
        }
    }

    private static PseudoClass pseudoClass(TerminalStatus status) {
        return PseudoClass.getPseudoClass(status.name().toLowerCase(Locale.ROOT));
    }

    public Node view() {
        return root;
    }

    /** The manager leaves the back office: stop the clock and the live heartbeats. */
    @Override
    public void close() {
        clock.stop();
        viewModel.close();
    }
}
