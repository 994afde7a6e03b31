package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.order.VatAmount;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.counter.BasketEdit.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The basket of the order being taken: its lines priced on the menu last read (the total
 * follows every key press without a database round trip; the service prices again when the
 * order is placed, and that price counts), the VAT per rate, the selected line, and every change
 * made as a reversible {@link BasketEdit} kept in an {@link EditHistory} for Ctrl+Z / Ctrl+Y.
 * UI thread only.
 */
public final class BasketViewModel {

    private final Supplier<Menu> menu;
    private final Messages messages;
    private final CounterBanners banners;
    private final EditHistory history = new EditHistory();
    private final List<BasketLine> lines = new ArrayList<>();
    private final ObservableList<BasketRow> rows = FXCollections.observableArrayList();
    private final ObservableList<VatAmount> vat = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Money> total = new ReadOnlyObjectWrapper<>(this, "total", Money.ZERO);
    private final ReadOnlyObjectWrapper<BasketRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private long nextKey = 1;

    /** @param menu the menu last read (null before the first read) */
    BasketViewModel(Supplier<Menu> menu, Messages messages, CounterBanners banners) {
        this.menu = Objects.requireNonNull(menu);
        this.messages = Objects.requireNonNull(messages);
        this.banners = Objects.requireNonNull(banners);
    }

    // ---------------------------------------------------------------- edits (undoable)

    /**
     * Puts a product in the basket: one more of the same line if it is already there as it comes,
     * a new line otherwise. The tile has been checked sellable.
     */
    void add(ProductTile tile) {
        int sizeId = tile.size().id();
        for (int i = lines.size() - 1; i >= 0; i--) {
            BasketLine line = lines.get(i);
            if (line.productSizeId() == sizeId && line.isPlain() && line.quantity() < OrderPricing.MAX_QUANTITY) {
                history.perform(new BasketEdit.ChangeLine(this, Kind.ADD, describe(Kind.ADD, line), line,
                        line.withQuantity(line.quantity() + 1)));
                return;
            }
        }
        BasketLine line = BasketLine.of(nextKey++, sizeId);
        history.perform(new BasketEdit.AddLines(this, Kind.ADD, describe(Kind.ADD, line), List.of(line)));
    }

    /** Lines of a customer's earlier order, as one edit; false when the menu refused them. */
    boolean addAll(List<LineRequest> requests) {
        if (requests.isEmpty()) {
            return true;
        }
        List<BasketLine> added = requests.stream().map(request -> BasketLine.of(nextKey++, request)).toList();
        return history.perform(new BasketEdit.AddLines(this, Kind.REPEAT, messages.get("counter.edit.REPEAT"), added));
    }

    public void increment() {
        changeSelected(Kind.QUANTITY, line -> line.quantity() >= OrderPricing.MAX_QUANTITY ? line : line.withQuantity(line.quantity() + 1));
    }

    /** One less; the last one removes the line. */
    public void decrement() {
        BasketRow row = selected.get();
        if (row != null && row.line().quantity() <= 1) {
            removeSelected();
        } else {
            changeSelected(Kind.QUANTITY, line -> line.withQuantity(line.quantity() - 1));
        }
    }

    public void setQuantity(int quantity) {
        if (quantity >= 1 && quantity <= OrderPricing.MAX_QUANTITY) {
            changeSelected(Kind.QUANTITY, line -> line.withQuantity(quantity));
        }
    }

    public void removeSelected() {
        BasketRow row = selected.get();
        if (row != null) {
            int index = indexOf(row.line().key());
            history.perform(new BasketEdit.RemoveLine(this, describe(Kind.REMOVE, row.line()), lines.get(index), index));
        }
    }

    /** Applies a change to the selected line as one edit; a change the menu refuses is explained and undone. */
    void changeSelected(Kind kind, UnaryOperator<BasketLine> change) {
        BasketRow row = selected.get();
        if (row == null) {
            return;
        }
        BasketLine before = lines.get(indexOf(row.line().key()));
        BasketLine after = change.apply(before);
        if (!after.equals(before)) {
            history.perform(new BasketEdit.ChangeLine(this, kind, describe(kind, before), before, after));
        }
    }

    /** Ctrl+Z: the last edit undone. */
    public void undo() {
        history.undo();
    }

    /** Ctrl+Y: the last edit undone, done again. */
    public void redo() {
        history.redo();
    }

    private String describe(Kind kind, BasketLine line) {
        Menu known = menu.get();
        return messages.get("counter.edit." + kind.name(), known == null ? "" : BasketRow.label(known, line, messages));
    }

    // ---------------------------------------------------------------- not edits

    /** An existing order's lines, for its modification: a fresh start, nothing to undo. */
    void load(List<OrderView.Line> fromOrder) {
        lines.clear();
        fromOrder.forEach(line -> lines.add(BasketLine.of(nextKey++, line)));
        history.clear();
        reprice();
        select(lines.isEmpty() ? -1 : lines.get(0).key());
    }

    /** Empty, with nothing to undo (the order placed or discarded). */
    void clear() {
        lines.clear();
        history.clear();
        reprice();
        select(-1);
    }

    public void select(BasketRow row) {
        select(row == null ? -1 : row.line().key());
    }

    /** Moves the selection up (-1) or down (+1) the basket, for the keyboard. */
    public void moveSelection(int step) {
        if (rows.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? (step > 0 ? -1 : rows.size()) : rows.indexOf(selected.get());
        int next = Math.max(0, Math.min(rows.size() - 1, index + step));
        select(rows.get(next));
    }

    private void select(long key) {
        selected.set(rows.stream().filter(row -> row.line().key() == key).findFirst().orElse(null));
    }

    // ---------------------------------------------------------------- primitives of the edits

    /**
     * Runs one edit's change and prices the basket; when the menu refuses it, runs {@code revert}
     * and answers false. Selects {@code selectKey}, or the line now where the selection was.
     */
    boolean change(Runnable apply, Runnable revert, long selectKey) {
        int selectedIndex = selected.get() == null ? -1 : rows.indexOf(selected.get());
        apply.run();
        if (!reprice()) {
            revert.run();
            reprice();
            return false;
        }
        banners.clearError();
        if (lines.stream().anyMatch(line -> line.key() == selectKey)) {
            select(selectKey);
        } else {
            select(lines.isEmpty() || selectedIndex < 0 ? -1 : lines.get(Math.min(selectedIndex, lines.size() - 1)).key());
        }
        return true;
    }

    void appendLine(BasketLine line) {
        lines.add(line);
    }

    void insertLine(int index, BasketLine line) {
        lines.add(Math.min(index, lines.size()), line);
    }

    void removeLine(long key) {
        lines.remove(indexOf(key));
    }

    void replaceLine(BasketLine line) {
        lines.set(indexOf(line.key()), line);
    }

    private int indexOf(long key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).key() == key) {
                return i;
            }
        }
        throw new IllegalStateException("No basket line " + key);
    }

    /**
     * Prices the basket on the menu last read, keeping the selected line selected. Returns false,
     * with the reason shown, when the menu refuses a line (an extra this size does not offer, two
     * halves that do not match).
     */
    boolean reprice() {
        Menu known = menu.get();
        long selectedKey = selected.get() == null ? -1 : selected.get().line().key();
        if (lines.isEmpty() || known == null) {
            rows.setAll(lines.stream().map(line -> new BasketRow(line, null, "")).toList());
            vat.clear();
            total.set(Money.ZERO);
        } else {
            try {
                PricedOrder priced = OrderPricing.price(known, lines.stream().map(BasketLine::toRequest).toList());
                List<BasketRow> priceRows = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    priceRows.add(new BasketRow(lines.get(i), priced.lines().get(i), BasketRow.label(known, lines.get(i), messages)));
                }
                rows.setAll(priceRows);
                vat.setAll(priced.vatByRate());
                total.set(priced.total());
            } catch (PosException refused) {
                banners.error(messages.describe(refused));
                return false;
            }
        }
        select(selectedKey);
        return true;
    }

    // ---------------------------------------------------------------- what the others read

    List<LineRequest> requests() {
        return lines.stream().map(BasketLine::toRequest).toList();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** How many pizzas the basket holds (a half-and-half is one): the kitchen queue grows by that. */
    public int pizzaCount() {
        return rows.stream()
                .filter(row -> row.priced() != null && row.priced().productSize().category() == ProductCategory.PIZZA)
                .mapToInt(row -> row.line().quantity()).sum();
    }

    public ObservableList<BasketRow> rows() {
        return rows;
    }

    public ObservableList<VatAmount> vat() {
        return vat;
    }

    public ReadOnlyObjectProperty<Money> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BasketRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** What Ctrl+Z would undo ("Ajout de Reine M"); empty when nothing. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return history.undoDescriptionProperty();
    }

    /** What Ctrl+Y would redo; empty when nothing. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return history.redoDescriptionProperty();
    }
}
