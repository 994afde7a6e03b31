package fr.ocpizza.pos.events;

import fr.ocpizza.pos.application.supervision.HeartbeatChannel;
import java.util.Objects;
import java.util.function.Consumer;

/** The heartbeats' channel {@code ocpizza:terminals} on the terminal's event bus (docs/events.md). */
public final class TerminalsChannel implements HeartbeatChannel {

    private final EventBus bus;

    public TerminalsChannel(EventBus bus) {
        this.bus = Objects.requireNonNull(bus);
    }

    @Override
    public void publish(String message) {
        bus.publish(NAME, message);
    }

    @Override
    public AutoCloseable subscribe(Consumer<String> onMessage) {
        return bus.subscribe(NAME, onMessage);
    }
}
