package fr.ocpizza.pos.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ctrl+Z / Ctrl+Y at the counter, without a screen: each kind of basket edit undone and redone. */
class BasketUndoTest {

    private static CounterRoom room;
    private static Fixtures fx;

    private CounterViewModel counter;
    private BasketViewModel basket;
    private LineEditorViewModel editor;

    @BeforeAll
    static void setUp() {
        room = new CounterRoom();
        fx = room.fx;
    }

    @AfterAll
    static void tearDown() {
        room.close();
    }

    @BeforeEach
    void newOrder() {
        counter = room.open(new AtomicInteger());
        basket = counter.basket();
        editor = counter.editor();
    }

    private void add(String productCode) {
        counter.add(CounterRoom.tile(counter, productCode));
    }

    /** "2 × Reine M (+ Jambon, sans Champignons) « bien cuite » 31,00 €": what the basket shows. */
    private List<String> shown() {
        return basket.rows().stream().map(row -> row.line().quantity() + " × " + row.label()
                + (row.line().added().isEmpty() ? "" : " +" + row.line().added().size())
                + (row.line().removed().isEmpty() ? "" : " -" + row.line().removed().size())
                + (row.line().note() == null ? "" : " « " + row.line().note() + " »")).toList();
    }

    private String undoText() {
        return basket.undoDescriptionProperty().get();
    }

    @Test
    void addingANewLineIsUndoneAndRedone() {
        add("reine");
        assertThat(undoText()).isEqualTo("ajout de Reine M");
        basket.undo();
        assertThat(shown()).isEmpty();
        assertThat(basket.totalProperty().get()).isEqualTo(Money.ZERO);
        assertThat(basket.canUndoProperty().get()).isFalse();
        assertThat(basket.redoDescriptionProperty().get()).isEqualTo("ajout de Reine M");

        basket.redo();
        assertThat(shown()).containsExactly("1 × Reine M");
        assertThat(basket.selectedProperty().get().label()).isEqualTo("Reine M");
        assertThat(basket.canRedoProperty().get()).isFalse();
    }

    @Test
    void aSecondTouchIsUndoneOnItsOwn() {
        add("reine");
        add("reine");
        basket.undo();
        assertThat(shown()).containsExactly("1 × Reine M");
        basket.undo();
        assertThat(shown()).isEmpty();
    }

    @Test
    void aRemovedLineComesBackWhereItWas() {
        add("reine");
        add("margherita");
        add("calzone");
        basket.moveSelection(-1);
        basket.removeSelected();
        assertThat(shown()).containsExactly("1 × Reine M", "1 × Calzone M");
        assertThat(undoText()).isEqualTo("suppression de Margherita M");

        basket.undo();
        assertThat(shown()).containsExactly("1 × Reine M", "1 × Margherita M", "1 × Calzone M");
        assertThat(basket.selectedProperty().get().label()).isEqualTo("Margherita M");
        basket.redo();
        assertThat(shown()).containsExactly("1 × Reine M", "1 × Calzone M");
    }

    @Test
    void quantityChangesAreUndoneOneByOneAndTheLastMinusComesBackAsARemoval() {
        add("reine");
        basket.increment();
        basket.increment();
        basket.setQuantity(5);
        assertThat(undoText()).isEqualTo("quantité de Reine M");
        basket.undo();
        assertThat(shown()).containsExactly("3 × Reine M");
        basket.undo();
        assertThat(shown()).containsExactly("2 × Reine M");

        basket.decrement();
        basket.decrement();
        assertThat(shown()).isEmpty();
        assertThat(undoText()).isEqualTo("suppression de Reine M");
        basket.undo();
        assertThat(shown()).containsExactly("1 × Reine M");
    }

    @Test
    void aSizeChangeIsUndoneWithItsPrice() {
        add("margherita");
        editor.toggleExtra(fx.ingredientId("ham"));
        editor.changeSize("L");
        assertThat(undoText()).isEqualTo("taille de Margherita M");
        basket.undo();
        assertThat(shown()).containsExactly("1 × Margherita M +1");
        assertThat(basket.totalProperty().get()).isNotEqualTo(Money.ofCents(1400 + 250));
        basket.redo();
        assertThat(basket.totalProperty().get()).isEqualTo(Money.ofCents(1400 + 250));
    }

    @Test
    void extrasAndRemovalsAreUndoneAndRedone() {
        add("reine");
        editor.toggleExtra(fx.ingredientId("mozzarella"));
        editor.toggleRemoval(fx.ingredientId("mushrooms"));
        assertThat(shown()).containsExactly("1 × Reine M +1 -1");
        assertThat(undoText()).isEqualTo("ingrédients retirés de Reine M");

        basket.undo();
        assertThat(shown()).containsExactly("1 × Reine M +1");
        assertThat(undoText()).isEqualTo("suppléments de Reine M");
        assertThat(editor.toppingChoices()).filteredOn(choice -> choice.ingredientId() == fx.ingredientId("mushrooms"))
                .singleElement().satisfies(choice -> assertThat(choice.change()).isEqualTo(ToppingChoice.Change.NONE));
        basket.undo();
        assertThat(shown()).containsExactly("1 × Reine M");
        basket.redo();
        basket.redo();
        assertThat(shown()).containsExactly("1 × Reine M +1 -1");
    }

    @Test
    void aHalfAndHalfIsUndoneToTheWholePizza() {
        add("reine");
        ProductSize fourCheeses = editor.secondHalfChoices().stream()
                .filter(size -> size.productCode().equals("quatre_fromages")).findFirst().orElseThrow();
        editor.setSecondHalf(fourCheeses);
        assertThat(shown()).containsExactly("1 × ½ Reine + ½ Quatre fromages M");
        assertThat(undoText()).isEqualTo("moitié-moitié de Reine M");
        basket.undo();
        assertThat(shown()).containsExactly("1 × Reine M");
        basket.redo();
        assertThat(shown()).containsExactly("1 × ½ Reine + ½ Quatre fromages M");
    }

    @Test
    void aNoteTypedLetterByLetterIsOneEdit() {
        add("reine");
        for (String typed : List.of("b", "bi", "bie", "bien", "bien cuite")) {
            editor.setNote(typed);
        }
        assertThat(shown()).containsExactly("1 × Reine M « bien cuite »");
        assertThat(undoText()).isEqualTo("note de Reine M");
        basket.undo();
        assertThat(shown()).containsExactly("1 × Reine M");
        assertThat(undoText()).isEqualTo("ajout de Reine M");
        basket.redo();
        assertThat(shown()).containsExactly("1 × Reine M « bien cuite »");
    }

    @Test
    void aQuickNoteGoesAfterWhatTheNoteSaysAndIsUndoneWithIt() {
        add("reine");
        editor.addQuickNote("bien cuite");
        editor.addQuickNote("coupée en 8");
        assertThat(shown()).containsExactly("1 × Reine M « bien cuite, coupée en 8 »");
        basket.undo();
        assertThat(shown()).as("the note, typed or touched, is one edit").containsExactly("1 × Reine M");
    }

    @Test
    void aNewEditForgetsWhatWasUndone() {
        add("reine");
        add("margherita");
        basket.undo();
        add("calzone");
        assertThat(basket.canRedoProperty().get()).isFalse();
        basket.redo();
        assertThat(shown()).containsExactly("1 × Reine M", "1 × Calzone M");
    }

    @Test
    void aChangeTheMenuRefusesIsExplainedAndNotKept() {
        add("margherita");
        editor.toggleExtra(fx.ingredientId("ham"));
        // Burrata is no extra of the menu: the change is refused, nothing to undo but the ham.
        editor.toggleExtra(fx.ingredientId("burrata"));
        assertThat(counter.banners().errorProperty().get()).contains("Burrata");
        assertThat(shown()).containsExactly("1 × Margherita M +1");
        assertThat(undoText()).isEqualTo("suppléments de Margherita M");
        basket.undo();
        assertThat(shown()).containsExactly("1 × Margherita M");
        assertThat(counter.banners().errorProperty().get()).as("a change that went through clears the refusal").isEmpty();
    }

    @Test
    void theHistoryIsEmptiedWhenTheOrderIsPlacedDiscardedOrAnOrderIsLoaded() {
        add("reine");
        counter.payment().methodProperty().set(fr.ocpizza.pos.domain.order.PaymentMethod.CARD);
        counter.submit();
        assertThat(counter.banners().errorProperty().get()).isEmpty();
        assertThat(basket.canUndoProperty().get()).isFalse();

        add("reine");
        basket.undo();
        add("margherita");
        counter.discard();
        assertThat(basket.canUndoProperty().get()).isFalse();
        assertThat(basket.canRedoProperty().get()).isFalse();

        add("reine");
        KitchenOrders kitchen = new KitchenOrders(room.orders, fx, 1);
        OrderView placed = kitchen.takeaway(30, kitchen.line("margherita", "M", 1));
        counter.modify(placed);
        assertThat(basket.canUndoProperty().get()).isFalse();
        basket.increment();
        basket.undo();
        assertThat(shown()).as("the loaded order is where undo stops").containsExactly("1 × Margherita M");
        basket.undo();
        assertThat(shown()).containsExactly("1 × Margherita M");
    }
}
