package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.shell.Workspace;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Controller of {@code CounterWorkspace.fxml}, the cashier's {@link Workspace}: the order being
 * taken in the first tab (F1), the shop's orders of the day in the second (F2). "Modifier" on
 * the board brings the order into the first tab.
 */
public final class CounterWorkspace implements Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(CounterWorkspace.class);

    private final OrderEntryView entry;
    private final Node board;
    private final AutoCloseable boardLifetime;
    private final Runnable boardSessionStart;

    @FXML
    private TabPane tabs;
    @FXML
    private Tab orderTab;
    @FXML
    private Tab boardTab;

    /**
     * @param board             the shop orders board's view
     * @param boardLifetime     stops the board's live updates when the counter closes
     * @param boardSessionStart starts the board afresh for the cashier who logged in (selection,
     *                          filter, messages)
     */
    public CounterWorkspace(OrderEntryView entry, Node board, AutoCloseable boardLifetime, Runnable boardSessionStart) {
        this.entry = Objects.requireNonNull(entry);
        this.board = Objects.requireNonNull(board);
        this.boardLifetime = Objects.requireNonNull(boardLifetime);
        this.boardSessionStart = Objects.requireNonNull(boardSessionStart);
    }

    @FXML
    private void initialize() {
        orderTab.setContent(entry.view());
        boardTab.setContent(board);
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F1) {
                showOrderTab();
                event.consume();
            } else if (event.getCode() == KeyCode.F2) {
                tabs.getSelectionModel().select(boardTab);
                event.consume();
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after == orderTab) {
                Platform.runLater(entry::focusSearch);
            }
        });
        // The cashier types the first product as soon as the screen shows.
        tabs.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                Platform.runLater(entry::focusSearch);
            }
        });
    }

    /** The board's "Modifier": the order's lines in the basket, ready to change. */
    public void modify(OrderView order) {
        entry.modify(order);
        showOrderTab();
    }

    private void showOrderTab() {
        tabs.getSelectionModel().select(orderTab);
        Platform.runLater(entry::focusSearch);
    }

    /**
     * The terminal's counter, built once, handed to the cashier who logged in: his own order, an
     * empty basket, the board of the store, the order tab and the keyboard in the search.
     */
    @Override
    public void startSession(StaffPrincipal staff) {
        entry.viewModel().startSession(staff);
        boardSessionStart.run();
        showOrderTab();
    }

    /** The cashier left: his order in progress is forgotten at once. */
    @Override
    public void endSession() {
        entry.viewModel().endSession();
    }

    /** Back after an idle lock: the cashier types on where he was, in the search. */
    @Override
    public void resumed() {
        Platform.runLater(entry::focusSearch);
    }

    public OrderEntryView entry() {
        return entry;
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void close() {
        entry.close();
        try {
            boardLifetime.close();
        } catch (Exception e) {
            LOG.warn("Closing the orders board failed", e);
        }
    }
}
