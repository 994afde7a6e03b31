package fr.ocpizza.pos.ui.backoffice.reports;

import fr.ocpizza.pos.application.export.CsvFiles;
import fr.ocpizza.pos.application.report.Period;
import fr.ocpizza.pos.application.report.ReportCsv;
import fr.ocpizza.pos.application.report.ReportScope;
import fr.ocpizza.pos.application.report.ReportService;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reports tab: a period (from, to; quick choices), a scope (the manager's pizzeria; a chain
 * manager may pick any or the whole chain side by side), and every report of it read in one go off
 * the UI thread. Each table can be exported as CSV.
 */
public final class ReportsViewModel {

    /** The whole chain in the scope picker; any other entry is a store number. */
    public static final int WHOLE_CHAIN = 0;

    private final ReportService reports;
    private final Callable<List<StoreDirectory.Store>> readStores;
    private final TaskExecutor executor;
    private final StaffPrincipal staff;
    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Integer> scope = new SimpleObjectProperty<>(this, "scope");
    private final ObservableList<Integer> scopes = FXCollections.observableArrayList();
    private final ObservableList<StoreDirectory.Store> stores = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReportSet> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ReportsViewModel(ReportService reports, Callable<List<StoreDirectory.Store>> readStores, TaskExecutor executor,
                            StaffPrincipal staff, int terminalStoreId, Messages messages, ZoneId zone, Clock clock) {
        this.reports = Objects.requireNonNull(reports);
        this.readStores = Objects.requireNonNull(readStores);
        this.executor = Objects.requireNonNull(executor);
        this.staff = Objects.requireNonNull(staff);
        this.messages = Objects.requireNonNull(messages);
        this.zone = Objects.requireNonNull(zone);
        this.clock = Objects.requireNonNull(clock);
        scope.set(staff.isChainManager() ? WHOLE_CHAIN : staff.storeId() == null ? terminalStoreId : staff.storeId());
        lastDays(7);
    }

    /** The chain's stores, for a chain manager's scope picker. */
    public void loadStores() {
        if (!staff.isChainManager()) {
            scopes.setAll(scope.get());
            return;
        }
        executor.execute(readStores, list -> {
            stores.setAll(list);
            scopes.setAll(WHOLE_CHAIN);
            list.forEach(store -> scopes.add(store.id()));
        }, failure -> error.set(messages.describe(failure)));
    }

    public void today() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        from.set(day);
        to.set(day);
    }

    public void lastDays(int days) {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        from.set(day.minusDays(days - 1L));
        to.set(day);
    }

    public void thisMonth() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        from.set(day.withDayOfMonth(1));
        to.set(day);
    }

    /** Reads every report of the period and scope. */
    public void run() {
        Period period;
        try {
            period = Period.of(from.get(), to.get());
        } catch (PosException refused) {
            error.set(messages.describe(refused));
            return;
        }
        ReportScope reportScope = scope.get() == null || scope.get() == WHOLE_CHAIN ? ReportScope.chain() : ReportScope.store(scope.get());
        busy.set(true);
        error.set("");
        notice.set("");
        executor.execute(() -> new ReportSet(period, reports.summary(staff, reportScope, period),
                reports.salesByDay(staff, reportScope, period), reports.salesByHour(staff, reportScope, period),
                reports.salesByChannel(staff, reportScope, period), reports.salesByProduct(staff, reportScope, period),
                reports.cancellations(staff, reportScope, period), reports.kitchenTimes(staff, reportScope, period)), set -> {
            busy.set(false);
            result.set(set);
        }, failure -> {
            busy.set(false);
            error.set(messages.describe(failure));
        });
    }

    /** Writes every table of the report shown as CSV files into a folder (one file per table). */
    public void exportCsv(Path folder) {
        ReportSet set = result.get();
        if (set == null || folder == null) {
            return;
        }
        String stem = "ocpizza-" + set.period().from() + "_" + set.period().to() + "-";
        executor.execute(() -> {
            CsvFiles.write(folder.resolve(stem + "summary.csv"), out -> ReportCsv.summary(out, set.summary()));
            CsvFiles.write(folder.resolve(stem + "sales-by-day.csv"), out -> ReportCsv.salesByDay(out, set.byDay()));
            CsvFiles.write(folder.resolve(stem + "sales-by-hour.csv"), out -> ReportCsv.salesByHour(out, set.byHour()));
            CsvFiles.write(folder.resolve(stem + "sales-by-channel.csv"), out -> ReportCsv.salesByChannel(out, set.byChannel()));
            CsvFiles.write(folder.resolve(stem + "sales-by-product.csv"), out -> ReportCsv.salesByProduct(out, set.byProduct()));
            CsvFiles.write(folder.resolve(stem + "cancellations.csv"), out -> ReportCsv.cancellations(out, set.cancellations()));
            CsvFiles.write(folder.resolve(stem + "kitchen-times.csv"), out -> ReportCsv.kitchenTimes(out, set.kitchenTimes()));
            CsvFiles.write(folder.resolve(stem + "kitchen-histogram.csv"), out -> ReportCsv.kitchenHistogram(out, set.kitchenTimes()));
            return folder;
        }, written -> notice.set(messages.get("backoffice.reports.exported", written.toString())),
                failure -> error.set(failure instanceof IOException io
                        ? messages.get("backoffice.reports.exportFailed", folder.toString(), String.valueOf(io.getMessage()))
                        : messages.describe(failure)));
    }

    /** "Toute la chaîne" or "N° 3 · OC Pizza …". */
    public String scopeLabel(Integer id) {
        if (id == null) {
            return "";
        }
        if (id == WHOLE_CHAIN) {
            return messages.get("backoffice.reports.chain");
        }
        return stores.stream().filter(store -> store.id() == id).findFirst()
                .map(store -> messages.get("backoffice.store", store.id(), store.name()))
                .orElse(messages.get("backoffice.reports.store", id));
    }

    public String storeName(int storeId) {
        return stores.stream().filter(store -> store.id() == storeId).findFirst().map(StoreDirectory.Store::name)
                .orElse(messages.get("backoffice.reports.store", storeId));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Integer> scopeProperty() {
        return scope;
    }

    public ObservableList<Integer> scopes() {
        return scopes;
    }

    public ReadOnlyObjectProperty<ReportSet> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
