package fr.ocpizza.pos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.live.StoreEvent;
import org.junit.jupiter.api.Test;

/** The reader's side of the vocabulary: the documented types are read, anything else is skipped. */
class EventParserTest {

    private static final String COMMON = "\"eventId\":\"1d6d5cc4-4220-4683-a9a6-5f0345dd743e\",\"seq\":42,\"storeId\":1,"
            + "\"at\":\"2026-11-25T13:13:06.902+01:00\"";

    @Test
    void theDocumentedExampleIsReadWithItsType() throws Exception {
        StoreEvent event = EventParser.parse("{\"type\":\"ORDER_STATUS_CHANGED\"," + COMMON
                + ",\"orderId\":2,\"ticketNumber\":2,\"status\":\"IN_PREPARATION\",\"channel\":\"COUNTER\"}");

        assertThat(event.type()).isEqualTo(EventType.ORDER_STATUS_CHANGED);
        assertThat(event.orderId()).isEqualTo(2L);
        assertThat(event.status()).isEqualTo("IN_PREPARATION");
    }

    @Test
    void everyStoreTypeIsReadByItsName() throws Exception {
        for (EventType type : EventType.values()) {
            if (type.isStoreEvent()) {
                String order = type.isOrderEvent() ? ",\"orderId\":2,\"status\":\"RECEIVED\"" : "";
                assertThat(EventParser.parse("{\"type\":\"" + type.name() + "\"," + COMMON + order + "}").type())
                        .isEqualTo(type);
            }
        }
    }

    @Test
    void aHeartbeatOnAStoreChannelOrAnUnknownTypeIsRefused() {
        assertThatThrownBy(() -> EventParser.parse("{\"type\":\"TERMINAL_HEARTBEAT\"," + COMMON + "}"))
                .hasMessage("unknown type TERMINAL_HEARTBEAT");
        assertThatThrownBy(() -> EventParser.parse("{\"type\":\"order_placed\"," + COMMON + "}"))
                .hasMessage("unknown type order_placed");
    }
}
