package fr.ocpizza.pos.application.supervision;

import fr.ocpizza.pos.application.live.EventTopic;
import java.util.function.Consumer;

/** The live channel of heartbeats ({@code ocpizza:terminals}): Redis, or in-process without it. */
public interface HeartbeatChannel {

    /** The Redis channel every terminal's heartbeat is published on. */
    String NAME = EventTopic.TERMINALS.channel();

    /** Publishes one heartbeat message; throws if Redis does not take it. */
    void publish(String message);

    /** Delivers each message on the bus's own thread until closed. */
    AutoCloseable subscribe(Consumer<String> onMessage);
}
