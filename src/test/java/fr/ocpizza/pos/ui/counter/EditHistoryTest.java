package fr.ocpizza.pos.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The undo history on its own: before the menu is read, a basket keeps its lines unpriced. */
class EditHistoryTest {

    private final BasketViewModel basket = new BasketViewModel(() -> null, Messages.french(), new CounterBanners());

    private void addLine(int productSizeId) {
        basket.addAll(List.of(LineRequest.of(productSizeId, 1)));
    }

    @Test
    void theLastHundredEditsAreKept() {
        for (int i = 1; i <= EditHistory.LIMIT + 5; i++) {
            addLine(i);
        }
        int undone = 0;
        while (basket.canUndoProperty().get()) {
            basket.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(EditHistory.LIMIT);
        assertThat(basket.rows()).hasSize(5);
    }

    @Test
    void undoAndRedoWithNothingToDoChangeNothing() {
        basket.undo();
        basket.redo();
        assertThat(basket.rows()).isEmpty();
        addLine(7);
        basket.redo();
        assertThat(basket.rows()).hasSize(1);
        assertThat(basket.canRedoProperty().get()).isFalse();
    }
}
