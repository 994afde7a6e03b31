package fr.ocpizza.pos.ui.backoffice.movements;

import fr.ocpizza.pos.application.export.CsvFiles;
import fr.ocpizza.pos.application.stock.CountCorrection;
import fr.ocpizza.pos.application.stock.CountedQuantity;
import fr.ocpizza.pos.application.stock.DeliveryLine;
import fr.ocpizza.pos.application.stock.LedgerEntry;
import fr.ocpizza.pos.application.stock.LedgerFilter;
import fr.ocpizza.pos.application.stock.StockHistory;
import fr.ocpizza.pos.application.stock.StockMovements;
import fr.ocpizza.pos.application.stock.StockService;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.Quantity;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.ui.common.FrenchOrder;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.ScreenWork;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stock movements tab: a supplier delivery (several ingredients, a reference), waste with its
 * reason, a physical count (the difference is recorded), and the ledger with its filters and CSV
 * export. Typed quantities are read by the domain's {@link Quantity} (its refusal is shown and
 * nothing is sent); the services check everything again and write nothing on a refusal.
 */
public final class StockMovementsViewModel {

    /** A line of the form: an ingredient and the quantity typed for it. */
    public static final class Line {
        private final ObjectProperty<StockLevel> ingredient = new SimpleObjectProperty<>();
        private final StringProperty quantity = new SimpleStringProperty("");

        public ObjectProperty<StockLevel> ingredientProperty() {
            return ingredient;
        }

        public StringProperty quantityProperty() {
            return quantity;
        }
    }

    private final StockService stock;
    private final StockMovements movements;
    private final StockHistory history;
    private final TaskExecutor executor;
    private final StaffPrincipal staff;
    private final int storeId;
    private final ZoneId zone;
    private final Messages messages;

    private final ObservableList<StockLevel> ingredients = FXCollections.observableArrayList();
    private final StringProperty deliveryReference = new SimpleStringProperty(this, "deliveryReference", "");
    private final ObservableList<Line> deliveryLines = FXCollections.observableArrayList();
    private final Line waste = new Line();
    private final StringProperty wasteReason = new SimpleStringProperty(this, "wasteReason", "");
    private final ObservableList<Line> countLines = FXCollections.observableArrayList();
    private final ObservableList<LedgerEntry> ledger = FXCollections.observableArrayList();
    private final ObjectProperty<StockLevel> ledgerIngredient = new SimpleObjectProperty<>(this, "ledgerIngredient");
    private final ObjectProperty<MovementKind> ledgerKind = new SimpleObjectProperty<>(this, "ledgerKind");
    private final ObjectProperty<LocalDate> ledgerFrom = new SimpleObjectProperty<>(this, "ledgerFrom");
    private final ObjectProperty<LocalDate> ledgerTo = new SimpleObjectProperty<>(this, "ledgerTo");
    private final ScreenWork work;
    // A quantity that looks like a slip of unit waits here until the user confirms it.
    private final ReadOnlyStringWrapper doubt = new ReadOnlyStringWrapper(this, "doubt", "");
    private Runnable onConfirm;

    public StockMovementsViewModel(StockService stock, StockMovements movements, StockHistory history, TaskExecutor executor,
                                   StaffPrincipal staff, int storeId, ZoneId zone, Messages messages) {
        this.stock = Objects.requireNonNull(stock);
        this.movements = Objects.requireNonNull(movements);
        this.history = Objects.requireNonNull(history);
        this.executor = Objects.requireNonNull(executor);
        this.staff = Objects.requireNonNull(staff);
        this.storeId = storeId;
        this.zone = Objects.requireNonNull(zone);
        this.messages = Objects.requireNonNull(messages);
        this.work = new ScreenWork(executor, messages);
        LocalDate today = LocalDate.now(zone);
        ledgerFrom.set(today.minusDays(6));
        ledgerTo.set(today);
        deliveryLines.add(new Line());
    }

    /** Reads the ingredients (and their quantities for the count) and the ledger. */
    public void load() {
        work.run(() -> stock.levels(staff, storeId).stream().sorted(FrenchOrder.by(StockLevel::ingredientName)).toList(), levels -> {
            ingredients.setAll(levels);
            countLines.setAll(levels.stream().map(level -> {
                Line line = new Line();
                line.ingredientProperty().set(level);
                return line;
            }).toList());
            loadLedger();
        });
    }

    public void addDeliveryLine() {
        deliveryLines.add(new Line());
    }

    public void removeDeliveryLine(Line line) {
        deliveryLines.remove(line);
        if (deliveryLines.isEmpty()) {
            deliveryLines.add(new Line());
        }
    }

    /**
     * "Enregistrer la livraison": every line filled in, one transaction. A quantity far from the
     * ingredient's usual (10 g of mozzarella) is first put to the user as a {@link #doubtProperty()
     * doubt}; it is recorded once he confirms it.
     */
    public void recordDelivery() {
        work.startAction();
        List<DeliveryLine> lines = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        try {
            for (Line line : deliveryLines) {
                if (line.ingredientProperty().get() == null && line.quantityProperty().get().isBlank()) {
                    continue;
                }
                if (line.ingredientProperty().get() == null) {
                    work.showError(messages.get("backoffice.movements.chooseIngredient"));
                    return;
                }
                StockLevel level = line.ingredientProperty().get();
                BigDecimal quantity = Quantity.parse(line.quantityProperty().get(), level.unit());
                lines.add(new DeliveryLine(level.ingredientId(), quantity));
                if (Quantity.doubtfulDelivery(quantity, level.lowThreshold())) {
                    doubtful.add(amount(quantity, level));
                }
            }
        } catch (PosException refused) {
            work.showFailure(refused);
            return;
        }
        String reference = deliveryReference.get();
        askIfDoubtful(doubtful, "backoffice.movements.doubt.delivery", () -> work.run(() -> movements.recordDelivery(staff, storeId, reference, lines), levels -> {
            work.showNotice(messages.get("backoffice.movements.delivered", lines.size(), reference == null ? "" : reference.strip()));
            deliveryLines.setAll(new Line());
            deliveryReference.set("");
            load();
        }));
    }

    /** "Enregistrer la perte". */
    public void recordWaste() {
        work.startAction();
        StockLevel level = waste.ingredientProperty().get();
        if (level == null) {
            work.showError(messages.get("backoffice.movements.chooseIngredient"));
            return;
        }
        BigDecimal quantity;
        try {
            quantity = Quantity.parse(waste.quantityProperty().get(), level.unit());
        } catch (PosException refused) {
            work.showFailure(refused);
            return;
        }
        String reason = wasteReason.get();
        work.run(() -> movements.recordWaste(staff, storeId, level.ingredientId(), quantity, reason), after -> {
            work.showNotice(messages.get("backoffice.movements.wasted", level.ingredientName()));
            waste.quantityProperty().set("");
            wasteReason.set("");
            load();
        });
    }

    /** "Enregistrer l'inventaire": the ingredients with a counted quantity typed. */
    public void recordCount() {
        work.startAction();
        List<CountedQuantity> counted = new ArrayList<>();
        List<String> doubtful = new ArrayList<>();
        try {
            for (Line line : countLines) {
                String typed = line.quantityProperty().get();
                if (typed == null || typed.isBlank()) {
                    continue;
                }
                StockLevel level = line.ingredientProperty().get();
                BigDecimal quantity = Quantity.parse(typed, level.unit());
                counted.add(new CountedQuantity(level.ingredientId(), quantity));
                if (Quantity.doubtfulCount(quantity, level.quantity(), level.lowThreshold())) {
                    doubtful.add(amount(quantity, level));
                }
            }
        } catch (PosException refused) {
            work.showFailure(refused);
            return;
        }
        if (counted.isEmpty()) {
            work.showError(messages.get("backoffice.movements.countEmpty"));
            return;
        }
        askIfDoubtful(doubtful, "backoffice.movements.doubt.count", () -> work.run(() -> movements.recordCount(staff, storeId, counted),
                corrections -> {
                    work.showNotice(corrections.isEmpty() ? messages.get("backoffice.movements.countSame", counted.size())
                            : messages.get("backoffice.movements.counted", counted.size(), corrections.size(),
                            corrections.stream().map(this::describe).reduce((a, b) -> a + ", " + b).orElse("")));
                    load();
                }));
    }

    private void askIfDoubtful(List<String> doubtful, String questionKey, Runnable record) {
        if (doubtful.isEmpty()) {
            record.run();
            return;
        }
        onConfirm = record;
        doubt.set(messages.get(questionKey, String.join(", ", doubtful)));
    }

    /** The user confirms the quantities put in doubt: they are recorded as typed. */
    public void confirmDoubt() {
        Runnable record = onConfirm;
        onConfirm = null;
        doubt.set("");
        if (record != null) {
            record.run();
        }
    }

    /** The user goes back to correct the quantities put in doubt: nothing is recorded. */
    public void dropDoubt() {
        onConfirm = null;
        doubt.set("");
    }

    private String amount(BigDecimal quantity, StockLevel level) {
        return messages.get("backoffice.movements.amount", quantity.stripTrailingZeros().toPlainString(),
                messages.get("unit." + level.unit().name()), level.ingredientName());
    }

    private String describe(CountCorrection correction) {
        return correction.ingredientName() + " " + (correction.delta().signum() > 0 ? "+" : "")
                + correction.delta().stripTrailingZeros().toPlainString() + " " + messages.get("unit." + correction.unit().name());
    }

    public void loadLedger() {
        LedgerFilter filter;
        try {
            filter = filter();
        } catch (PosException refused) {
            work.showFailure(refused);
            return;
        }
        work.run(() -> history.ledger(staff, storeId, filter, StockHistory.MAX_LEDGER_ROWS), ledger::setAll);
    }

    /** Writes the ledger of the filters as CSV into the file chosen. */
    public void exportLedger(Path file) {
        work.startAction();
        LedgerFilter filter = filter();
        work.run(() -> {
            CsvFiles.write(file, out -> history.exportLedger(staff, storeId, filter, out));
            return file;
        }, written -> work.showNotice(messages.get("backoffice.movements.exported", written.toString())));
    }

    private LedgerFilter filter() {
        LedgerFilter filter = LedgerFilter.between(
                ledgerFrom.get() == null ? null : ledgerFrom.get().atStartOfDay(zone).toInstant(),
                ledgerTo.get() == null ? null : ledgerTo.get().plusDays(1).atStartOfDay(zone).toInstant());
        if (ledgerIngredient.get() != null) {
            filter = filter.ingredient(ledgerIngredient.get().ingredientId());
        }
        if (ledgerKind.get() != null) {
            filter = filter.kind(ledgerKind.get());
        }
        return filter;
    }


    public ObservableList<StockLevel> ingredients() {
        return ingredients;
    }

    public StringProperty deliveryReferenceProperty() {
        return deliveryReference;
    }

    public ObservableList<Line> deliveryLines() {
        return deliveryLines;
    }

    public Line waste() {
        return waste;
    }

    public StringProperty wasteReasonProperty() {
        return wasteReason;
    }

    public ObservableList<Line> countLines() {
        return countLines;
    }

    public ObservableList<LedgerEntry> ledger() {
        return ledger;
    }

    public ObjectProperty<StockLevel> ledgerIngredientProperty() {
        return ledgerIngredient;
    }

    public ObjectProperty<MovementKind> ledgerKindProperty() {
        return ledgerKind;
    }

    public ObjectProperty<LocalDate> ledgerFromProperty() {
        return ledgerFrom;
    }

    public ObjectProperty<LocalDate> ledgerToProperty() {
        return ledgerTo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return work.noticeProperty();
    }

    /**
     * A question about quantities that look like a slip of unit, empty when there is none: the
     * view asks it and answers with {@link #confirmDoubt()} or {@link #dropDoubt()}.
     */
    public ReadOnlyStringProperty doubtProperty() {
        return doubt.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public ZoneId zone() {
        return zone;
    }
}
