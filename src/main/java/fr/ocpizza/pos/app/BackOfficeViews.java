package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.backoffice.BackOfficeWorkspace;
import fr.ocpizza.pos.ui.backoffice.menu.MenuEditorView;
import fr.ocpizza.pos.ui.backoffice.menu.MenuEditorViewModel;
import fr.ocpizza.pos.ui.backoffice.movements.StockMovementsView;
import fr.ocpizza.pos.ui.backoffice.movements.StockMovementsViewModel;
import fr.ocpizza.pos.ui.backoffice.reports.ReportsView;
import fr.ocpizza.pos.ui.backoffice.reports.ReportsViewModel;
import fr.ocpizza.pos.ui.backoffice.staff.AuditView;
import fr.ocpizza.pos.ui.backoffice.staff.StaffView;
import fr.ocpizza.pos.ui.backoffice.staff.StaffViewModel;
import fr.ocpizza.pos.ui.backoffice.stock.StockBoardView;
import fr.ocpizza.pos.ui.backoffice.stock.StockBoardViewModel;
import fr.ocpizza.pos.ui.backoffice.terminals.TerminalsView;
import fr.ocpizza.pos.ui.backoffice.terminals.TerminalsViewModel;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.util.Objects;
import javafx.application.Platform;

/**
 * Builds the manager's back office, one tab per feature. A new back-office screen is one more
 * method here and one more tab in {@link BackOfficeWorkspace}.
 */
public final class BackOfficeViews {

    private final AppContext context;
    private final TaskExecutor executor;
    private final ViewLoader loader;
    private final Messages messages;
    private final DialogService dialogs;

    public BackOfficeViews(AppContext context, TaskExecutor executor, ViewLoader loader, DialogService dialogs) {
        this.context = Objects.requireNonNull(context);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
        this.loader = Objects.requireNonNull(loader);
        this.messages = loader.messages();
    }

    /**
     * The manager's back office for this terminal's store (a chain manager sees the terminal's
     * store): its stock, live, and its movements; the chain's menu and recipes; reports; its staff
     * and the audit log; the terminals (his store's, or the chain's for a chain manager).
     */
    public BackOfficeWorkspace backOffice(StaffPrincipal staff) {
        StaffViewModel staffModel = new StaffViewModel(context.staff(), context.auditLog(), executor, staff,
                context.config().storeId(), context.storeZone(), messages);
        return loader.load(BackOfficeWorkspace.class, new BackOfficeWorkspace(stock(staff), movements(staff), menu(staff),
                reports(staff), loader.load(StaffView.class, new StaffView(staffModel)).controller(),
                loader.load(AuditView.class, new AuditView(staffModel)).controller(), terminals(staff))).controller();
    }

    private StockBoardView stock(StaffPrincipal staff) {
        StockBoardViewModel viewModel = new StockBoardViewModel(context.stock(), context.stockHistory(),
                () -> new StoreDirectory(context.database().sessionFactory()).all(), context.liveFeed(), executor, staff,
                context.config().storeId(), messages);
        return loader.load(StockBoardView.class, new StockBoardView(viewModel)).controller();
    }

    private StockMovementsView movements(StaffPrincipal staff) {
        return loader.load(StockMovementsView.class, new StockMovementsView(new StockMovementsViewModel(
                context.stock(), context.stockMovements(), context.stockHistory(), executor, staff, context.config().storeId(),
                context.storeZone(), messages), dialogs)).controller();
    }

    private MenuEditorView menu(StaffPrincipal staff) {
        return loader.load(MenuEditorView.class,
                new MenuEditorView(new MenuEditorViewModel(context.menu(), executor, staff, messages))).controller();
    }

    private ReportsView reports(StaffPrincipal staff) {
        return loader.load(ReportsView.class, new ReportsView(new ReportsViewModel(context.reports(),
                () -> new StoreDirectory(context.database().sessionFactory()).all(), executor, staff,
                context.config().storeId(), messages, context.storeZone(), context.clock()), dialogs)).controller();
    }

    private TerminalsView terminals(StaffPrincipal staff) {
        return loader.load(TerminalsView.class, new TerminalsView(new TerminalsViewModel(context.supervision(),
                executor, Platform::runLater, staff, context.clock(), context.storeZone(), messages))).controller();
    }
}
