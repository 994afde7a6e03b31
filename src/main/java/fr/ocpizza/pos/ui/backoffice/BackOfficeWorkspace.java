package fr.ocpizza.pos.ui.backoffice;

import fr.ocpizza.pos.ui.shell.Workspace;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Controller of {@code BackOfficeWorkspace.fxml}, the manager's {@link Workspace}: the store's
 * stock, live, and the chain's menu and recipes; the movements, staff and report tabs join them as
 * they are built.
 */
public final class BackOfficeWorkspace implements Workspace {

    private final StockBoardView stock;
    private final MenuEditorView menu;

    @FXML
    private TabPane tabs;
    @FXML
    private Tab stockTab;
    @FXML
    private Tab menuTab;

    public BackOfficeWorkspace(StockBoardView stock, MenuEditorView menu) {
        this.stock = Objects.requireNonNull(stock);
        this.menu = Objects.requireNonNull(menu);
    }

    @FXML
    private void initialize() {
        stockTab.setContent(stock.view());
        menuTab.setContent(menu.view());
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
