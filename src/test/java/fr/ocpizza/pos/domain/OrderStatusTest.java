package fr.ocpizza.pos.domain;

import static fr.ocpizza.pos.domain.order.OrderStatus.CANCELLED;
import static fr.ocpizza.pos.domain.order.OrderStatus.DELIVERED;
import static fr.ocpizza.pos.domain.order.OrderStatus.IN_PREPARATION;
import static fr.ocpizza.pos.domain.order.OrderStatus.OUT_FOR_DELIVERY;
import static fr.ocpizza.pos.domain.order.OrderStatus.PICKED_UP;
import static fr.ocpizza.pos.domain.order.OrderStatus.READY;
import static fr.ocpizza.pos.domain.order.OrderStatus.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.IllegalTransitionException;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void aDeliveryGoesFromReceptionToTheCustomersDoor() {
        assertThat(RECEIVED.canBecome(IN_PREPARATION, Fulfilment.DELIVERY)).isTrue();
        assertThat(IN_PREPARATION.canBecome(READY, Fulfilment.DELIVERY)).isTrue();
        assertThat(READY.canBecome(OUT_FOR_DELIVERY, Fulfilment.DELIVERY)).isTrue();
        assertThat(OUT_FOR_DELIVERY.canBecome(DELIVERED, Fulfilment.DELIVERY)).isTrue();
        assertThat(READY.canBecome(PICKED_UP, Fulfilment.DELIVERY)).isFalse();
    }

    @Test
    void takeawayAndEatInAreHandedOverAtTheCounter() {
        for (Fulfilment fulfilment : Set.of(Fulfilment.TAKEAWAY, Fulfilment.EAT_IN)) {
            assertThat(READY.canBecome(PICKED_UP, fulfilment)).isTrue();
            assertThat(READY.canBecome(OUT_FOR_DELIVERY, fulfilment)).isFalse();
        }
    }

    @Test
    void onlyAReceivedOrderCanBeCancelledOrModified() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(status.canBecome(CANCELLED, Fulfilment.TAKEAWAY)).isEqualTo(status == RECEIVED);
            assertThat(status.isModifiable()).isEqualTo(status == RECEIVED);
        }
    }

    @Test
    void everyOtherTransitionIsRefusedWithAClearError() {
        Set<String> allowed = Set.of("RECEIVED>IN_PREPARATION", "RECEIVED>CANCELLED", "IN_PREPARATION>READY",
                "READY>OUT_FOR_DELIVERY", "READY>PICKED_UP", "OUT_FOR_DELIVERY>DELIVERED");
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                boolean any = EnumSet.allOf(Fulfilment.class).stream().anyMatch(f -> from.canBecome(to, f));
                assertThat(any).as(from + ">" + to).isEqualTo(allowed.contains(from + ">" + to));
            }
        }
        assertThatThrownBy(() -> DELIVERED.checkTransition(42, RECEIVED, Fulfilment.DELIVERY))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Order 42 is DELIVERED: it cannot become RECEIVED.");
        assertThat(DELIVERED.isFinal()).isTrue();
        assertThat(PICKED_UP.isFinal()).isTrue();
        assertThat(CANCELLED.isFinal()).isTrue();
    }
}
