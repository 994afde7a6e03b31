package fr.ocpizza.pos.ui.backoffice;

import fr.ocpizza.pos.ui.shell.Workspace;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Controller of {@code BackOfficeWorkspace.fxml}, the manager's {@link Workspace}. Its first tab
 * is the store's stock, live; the movements, menu, staff and report tabs join it as they are built.
 */
public final class BackOfficeWorkspace implements Workspace {

    private final StockBoardView stock;

    @FXML
    private TabPane tabs;
    @FXML
    private Tab stockTab;

    public BackOfficeWorkspace(StockBoardView stock) {
        this.stock = Objects.requireNonNull(stock);
    }

    @FXML
    private void initialize() {
        stockTab.setContent(stock.view());
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void close() {
        stock.close();
    }
}
