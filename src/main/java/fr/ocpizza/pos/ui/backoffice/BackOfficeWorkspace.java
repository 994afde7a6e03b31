package fr.ocpizza.pos.ui.backoffice;

import fr.ocpizza.pos.ui.backoffice.menu.MenuEditorView;
import fr.ocpizza.pos.ui.backoffice.movements.StockMovementsView;
import fr.ocpizza.pos.ui.backoffice.reports.ReportsView;
import fr.ocpizza.pos.ui.backoffice.staff.AuditView;
import fr.ocpizza.pos.ui.backoffice.staff.StaffView;
import fr.ocpizza.pos.ui.backoffice.stock.StockBoardView;
import fr.ocpizza.pos.ui.backoffice.terminals.TerminalsView;
import fr.ocpizza.pos.ui.shell.Workspace;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Controller of {@code BackOfficeWorkspace.fxml}, the manager's {@link Workspace}: the store's
 * stock, live, its stock movements (deliveries, waste, counts, ledger), the chain's menu and
 * recipes, the sales reports, the staff and the audit log, and the terminals of the chain.
 */
public final class BackOfficeWorkspace implements Workspace {

    private final StockBoardView stock;
    private final MenuEditorView menu;
    private final StaffView staff;
    private final AuditView audit;
    private final ReportsView reports;
    private final StockMovementsView movements;
    private final TerminalsView terminals;

    @FXML
    private TabPane tabs;
    @FXML
    private Tab stockTab;
    @FXML
    private Tab movementsTab;
    @FXML
    private Tab menuTab;
    @FXML
    private Tab reportsTab;
    @FXML
    private Tab staffTab;
    @FXML
    private Tab auditTab;
    @FXML
    private Tab terminalsTab;

    public BackOfficeWorkspace(StockBoardView stock, StockMovementsView movements, MenuEditorView menu, ReportsView reports,
                               StaffView staff, AuditView audit, TerminalsView terminals) {
        this.terminals = Objects.requireNonNull(terminals);
        this.movements = Objects.requireNonNull(movements);
        this.reports = Objects.requireNonNull(reports);
        this.stock = Objects.requireNonNull(stock);
        this.menu = Objects.requireNonNull(menu);
        this.staff = Objects.requireNonNull(staff);
        this.audit = Objects.requireNonNull(audit);
    }

    @FXML
    private void initialize() {
        stockTab.setContent(stock.view());
        movementsTab.setContent(movements.view());
        menuTab.setContent(menu.view());
        reportsTab.setContent(reports.view());
        staffTab.setContent(staff.view());
        auditTab.setContent(audit.view());
        terminalsTab.setContent(terminals.view());
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void close() {
        stock.close();
        terminals.close();
    }
}
