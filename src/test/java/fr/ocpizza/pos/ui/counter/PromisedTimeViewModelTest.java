package fr.ocpizza.pos.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.order.PromisedTimes;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.PromiseRule;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promised-time picker's logic on a real store's queue, with no screen: 18:00 in Paris, empty kitchen. */
class PromisedTimeViewModelTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant SIX_PM = Instant.parse("2026-11-25T17:00:00Z");
    private static final Clock CLOCK = Clock.fixed(SIX_PM, PARIS);

    private static ServiceDatabase db;
    private static PromisedTimes promisedTimes;

    private PromisedTimeViewModel viewModel;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        promisedTimes = new PromisedTimes(db.database().sessionFactory(), CLOCK,
                new PromiseRule(Duration.ofMinutes(15), Duration.ofMinutes(2), 1, Duration.ofMinutes(20)));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @BeforeEach
    void newPicker() {
        viewModel = new PromisedTimeViewModel(promisedTimes, new CurrentThreadTaskExecutor(), Messages.french(),
                db.fx().staff("caisse1"), 1, CLOCK, PARIS);
    }

    @Test
    void theProposalIsShownInLocalHoursAndMinutes() {
        viewModel.requestProposal(Fulfilment.TAKEAWAY, 2);

        assertThat(viewModel.chosenTimeProperty().get()).isEqualTo(Instant.parse("2026-11-25T17:20:00Z"));
        assertThat(viewModel.textProperty().get()).isEqualTo("18:20");
        assertThat(viewModel.queueInfoProperty().get()).isEqualTo("Aucune pizza en cuisine");
        assertThat(viewModel.validProperty().get()).isTrue();
        assertThat(viewModel.busyProperty().get()).isFalse();

        viewModel.requestProposal(Fulfilment.DELIVERY, 2);
        assertThat(viewModel.textProperty().get()).isEqualTo("18:40");
    }

    @Test
    void plusAndMinusMoveByFiveMinutesButNeverIntoThePast() {
        viewModel.requestProposal(Fulfilment.TAKEAWAY, 0);
        assertThat(viewModel.textProperty().get()).isEqualTo("18:15");

        viewModel.later();
        assertThat(viewModel.textProperty().get()).isEqualTo("18:20");
        viewModel.earlier();
        viewModel.earlier();
        viewModel.earlier();
        viewModel.earlier();
        assertThat(viewModel.textProperty().get()).isEqualTo("18:00");

        viewModel.earlier();
        assertThat(viewModel.textProperty().get()).isEqualTo("18:00");
        assertThat(viewModel.errorProperty().get()).isEqualTo("17:55 est déjà passé (il est 18:00) : choisissez une heure plus tardive.");
        viewModel.later();
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void aTypedTimeIsReadTheWaysCashiersWriteIt() {
        viewModel.requestProposal(Fulfilment.TAKEAWAY, 1);
        for (String typed : new String[] {"19:45", "19h45", "19H45", "19.45", "1945", " 19 h 45 "}) {
            viewModel.textProperty().set(typed);
            assertThat(viewModel.commitText()).as(typed).isTrue();
            assertThat(viewModel.chosenTimeProperty().get()).as(typed).isEqualTo(Instant.parse("2026-11-25T18:45:00Z"));
            assertThat(viewModel.textProperty().get()).isEqualTo("19:45");
        }
        viewModel.textProperty().set("21h");
        viewModel.commitText();
        assertThat(viewModel.textProperty().get()).isEqualTo("21:00");
    }

    @Test
    void aBadOrPastTypedTimeIsRefusedWithWhatToTypeAndTheChosenTimeStays() {
        viewModel.requestProposal(Fulfilment.TAKEAWAY, 1);
        Instant proposed = viewModel.chosenTimeProperty().get();

        viewModel.textProperty().set("25:10");
        assertThat(viewModel.commitText()).isFalse();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Heure invalide : tapez 19:45");
        assertThat(viewModel.validProperty().get()).as("the order must not be placed with this").isFalse();
        assertThat(viewModel.chosenTimeProperty().get()).isEqualTo(proposed);

        viewModel.textProperty().set("17:30");
        assertThat(viewModel.commitText()).isFalse();
        assertThat(viewModel.errorProperty().get()).startsWith("17:30 est déjà passé");
        assertThat(viewModel.chosenTimeProperty().get()).isEqualTo(proposed);
    }

    @Test
    void plusMovesFromATimeTypedButNotYetEntered() {
        viewModel.requestProposal(Fulfilment.TAKEAWAY, 1);
        viewModel.textProperty().set("19h10");

        viewModel.later();

        assertThat(viewModel.textProperty().get()).isEqualTo("19:15");
    }

    @Test
    void aTimeChosenByHandStaysWhenTheBasketGrowsUntilTheCashierAsksForAProposal() {
        viewModel.requestProposal(Fulfilment.TAKEAWAY, 1);
        viewModel.textProperty().set("19:00");
        viewModel.commitText();

        viewModel.requestProposal(Fulfilment.TAKEAWAY, 6);
        assertThat(viewModel.textProperty().get()).isEqualTo("19:00");
        assertThat(viewModel.proposedTimeProperty().get()).isEqualTo(Instant.parse("2026-11-25T17:30:00Z"));
        assertThat(viewModel.changedByHandProperty().get()).isTrue();

        viewModel.propose();
        assertThat(viewModel.textProperty().get()).isEqualTo("18:30");
        assertThat(viewModel.changedByHandProperty().get()).isFalse();
    }
}
