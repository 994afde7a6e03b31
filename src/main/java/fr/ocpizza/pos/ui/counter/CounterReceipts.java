package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.receipt.ReceiptLayout;
import fr.ocpizza.pos.ui.receipt.ReceiptNode;
import fr.ocpizza.pos.ui.receipt.ReceiptPrinter;
import fr.ocpizza.pos.ui.receipt.StoreHeader;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The counter's receipts: the customer receipt and the kitchen ticket of an order, printed off
 * the UI thread (PNG file when no printer is set), or shown in a preview first. The store's
 * header is read once, at the first receipt.
 */
public final class CounterReceipts {

    private final ReceiptPrinter printer;
    private final Callable<StoreHeader> readStore;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ZoneId zone;
    private volatile StoreHeader store;

    public CounterReceipts(ReceiptPrinter printer, Callable<StoreHeader> readStore, TaskExecutor executor,
                           Messages messages, ZoneId zone) {
        this.printer = Objects.requireNonNull(printer);
        this.readStore = Objects.requireNonNull(readStore);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Prints the customer receipt; {@code outcome} gets one sentence for the cashier (UI thread). */
    public void print(OrderView order, Consumer<String> outcome) {
        executor.execute(() -> printer.print(ReceiptLayout.customerReceipt(order, store(), messages, zone)).describe(messages),
                outcome, failure -> outcome.accept(messages.describe(failure)));
    }

    /** Prints the kitchen ticket (for a kitchen without a screen, or a rider's copy). */
    public void printKitchenTicket(OrderView order, Consumer<String> outcome) {
        executor.execute(() -> printer.print(ReceiptLayout.kitchenTicket(order, store(), messages, zone)).describe(messages),
                outcome, failure -> outcome.accept(messages.describe(failure)));
    }

    /**
     * Shows both receipts side by side as they will print; "Imprimer" prints the customer
     * receipt, "Imprimer le ticket cuisine" the kitchen one.
     */
    public void preview(OrderView order, Window owner, Consumer<String> outcome) {
        executor.execute(this::store, header -> {
            ReceiptLayout customer = ReceiptLayout.customerReceipt(order, header, messages, zone);
            ReceiptLayout kitchen = ReceiptLayout.kitchenTicket(order, header, messages, zone);
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle(messages.get("counter.receipt.previewTitle", order.ticketNumber()));
            HBox both = new HBox(24, new ReceiptNode(customer), new ReceiptNode(kitchen));
            both.getStyleClass().add("receipt-preview");
            ScrollPane scroll = new ScrollPane(both);
            scroll.setPrefViewportHeight(560);
            scroll.setPrefViewportWidth(760);
            dialog.getDialogPane().setContent(scroll);
            ButtonType printCustomer = new ButtonType(messages.get("counter.receipt.print"), ButtonBar.ButtonData.OK_DONE);
            ButtonType printKitchen = new ButtonType(messages.get("counter.receipt.printKitchen"), ButtonBar.ButtonData.OTHER);
            dialog.getDialogPane().getButtonTypes().setAll(printCustomer, printKitchen,
                    new ButtonType(messages.get("counter.dismiss"), ButtonBar.ButtonData.CANCEL_CLOSE));
            dialog.showAndWait().ifPresent(choice -> {
                if (choice == printCustomer) {
                    print(order, outcome);
                } else if (choice == printKitchen) {
                    printKitchenTicket(order, outcome);
                }
            });
        }, failure -> outcome.accept(messages.describe(failure)));
    }

    private StoreHeader store() throws Exception {
        StoreHeader known = store;
        if (known == null) {
            known = readStore.call();
            store = known;
        }
        return known;
    }
}
