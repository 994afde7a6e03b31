package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** A form shows one message at a time: what was done, or what went wrong, never both. */
class ScreenWorkTest {

    private final ScreenWork work = new ScreenWork(new CurrentThreadTaskExecutor(), Messages.french());

    @Test
    void aNewErrorReplacesTheLastNotice() {
        work.showNotice("Perte de Basilic frais enregistrée.");

        work.showError("Choisissez l’ingrédient de chaque ligne remplie.");

        assertThat(work.noticeProperty().get()).isEmpty();
        assertThat(work.errorProperty().get()).isEqualTo("Choisissez l’ingrédient de chaque ligne remplie.");
    }

    @Test
    void aRefusedCallReplacesTheLastNoticeWithItsReason() {
        work.showNotice("Perte de Basilic frais enregistrée.");

        work.run(() -> {
            throw new ValidationException("error.quantity.blank", "No quantity", "g");
        }, result -> work.showNotice("never"));

        assertThat(work.noticeProperty().get()).isEmpty();
        assertThat(work.errorProperty().get()).startsWith("Aucune quantité saisie");
    }

    @Test
    void aNewNoticeReplacesTheLastErrorAndANewActionClearsBoth() {
        work.showError("Une perte a besoin d’un motif.");

        work.showNotice("Perte de Basilic frais enregistrée.");
        assertThat(work.errorProperty().get()).isEmpty();

        work.startAction();
        assertThat(work.noticeProperty().get()).isEmpty();
        assertThat(work.errorProperty().get()).isEmpty();
    }

    @Test
    void aBackgroundReadAfterANoticeKeepsIt() {
        work.showNotice("Livraison enregistrée.");

        work.run(() -> 42, result -> { });

        assertThat(work.noticeProperty().get()).isEqualTo("Livraison enregistrée.");
    }
}
