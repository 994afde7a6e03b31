package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.Styles;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.receipt.ReceiptLayout;
import fr.ocpizza.pos.ui.receipt.ReceiptNode;
import fr.ocpizza.pos.ui.receipt.ReceiptPrinter;
import fr.ocpizza.pos.ui.receipt.StoreHeader;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;

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
    private final DialogService dialogs;
    private final ZoneId zone;
    private volatile StoreHeader store;

    /** @param dialogs shows the preview */
    public CounterReceipts(ReceiptPrinter printer, Callable<StoreHeader> readStore, TaskExecutor executor,
                           Messages messages, DialogService dialogs, ZoneId zone) {
        this.printer = Objects.requireNonNull(printer);
        this.readStore = Objects.requireNonNull(readStore);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.dialogs = Objects.requireNonNull(dialogs);
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
    public void preview(OrderView order, Consumer<String> outcome) {
        executor.execute(this::store, header -> {
            ReceiptLayout customer = ReceiptLayout.customerReceipt(order, header, messages, zone);
            ReceiptLayout kitchen = ReceiptLayout.kitchenTicket(order, header, messages, zone);
            HBox both = new HBox(24, new ReceiptNode(customer), new ReceiptNode(kitchen));
            both.getStyleClass().add(Styles.RECEIPT_PREVIEW);
            ScrollPane scroll = new ScrollPane(both);
            scroll.setPrefViewportHeight(560);
            scroll.setPrefViewportWidth(760);
            dialogs.showContent(messages.get("counter.receipt.previewTitle", order.ticketNumber()), scroll,
                    messages.get("counter.receipt.print"), messages.get("counter.receipt.printKitchen"),
                    messages.get("counter.dismiss")).ifPresent(choice -> {
                        if (choice == 0) {
                            print(order, outcome);
                        } else if (choice == 1) {
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
