package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.PromisedTimes;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The promised time of the order being taken: proposed from the kitchen queue (off the UI
 * thread), then moved by 5 minutes or typed by the cashier. A time changed by hand stays until the
 * cashier asks for a new proposal: a basket that grows does not overwrite what he told the customer.
 * UI thread only.
 */
public final class PromisedTimeViewModel {

    /** What −5 / +5 move the time by. */
    public static final Duration STEP = Duration.ofMinutes(5);

    /** 19:45, 19h45, 19.45, 1945, 945, 19h, 19. */
    private static final Pattern TYPED = Pattern.compile("\\s*(\\d{1,2})\\s*(?:[:hH.]\\s*)?(\\d{2})?\\s*");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final PromisedTimes promisedTimes;
    private final TaskExecutor executor;
    private final Messages messages;
    private final CounterSession session;
    private final int storeId;
    private final Clock clock;
    private final ZoneId zone;

    private final ReadOnlyObjectWrapper<Instant> chosenTime = new ReadOnlyObjectWrapper<>(this, "chosenTime");
    private final ReadOnlyObjectWrapper<Instant> proposedTime = new ReadOnlyObjectWrapper<>(this, "proposedTime");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper queueInfo = new ReadOnlyStringWrapper(this, "queueInfo", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper changedByHand = new ReadOnlyBooleanWrapper(this, "changedByHand");
    private final BooleanBinding valid;

    private Fulfilment fulfilment = Fulfilment.TAKEAWAY;
    private int pizzas;
    /** Only the answer to the latest request counts. */
    private long requests;

    /**
     * @param zone the time zone the cashier reads and types times in (the machine's)
     */
    public PromisedTimeViewModel(PromisedTimes promisedTimes, TaskExecutor executor, Messages messages,
                                 StaffPrincipal staff, int storeId, Clock clock, ZoneId zone) {
        this(promisedTimes, executor, messages, new CounterSession(staff), storeId, clock, zone);
    }

    /** @param session the cashier logged in at this counter, read at each request */
    public PromisedTimeViewModel(PromisedTimes promisedTimes, TaskExecutor executor, Messages messages,
                                 CounterSession session, int storeId, Clock clock, ZoneId zone) {
        this.promisedTimes = Objects.requireNonNull(promisedTimes);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.session = Objects.requireNonNull(session);
        this.storeId = storeId;
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.valid = Bindings.createBooleanBinding(
                () -> chosenTime.get() != null && format(chosenTime.get()).equals(text.get().strip()), chosenTime, text);
    }

    // ---- commands

    /**
     * The order changed (fulfilment or number of pizzas): proposes a new time, unless the cashier
     * chose one by hand.
     */
    public void requestProposal(Fulfilment fulfilment, int pizzasInThisOrder) {
        this.fulfilment = Objects.requireNonNull(fulfilment);
        this.pizzas = Math.max(0, pizzasInThisOrder);
        fetchProposal();
    }

    /** "Proposer": a fresh proposal for the last order given, replacing a time chosen by hand. */
    public void propose() {
        changedByHand.set(false);
        fetchProposal();
    }

    /** +5 minutes. */
    public void later() {
        shift(STEP);
    }

    /** −5 minutes; never before now. */
    public void earlier() {
        shift(STEP.negated());
    }

    /**
     * Enter (or leaving the field): reads the typed time, today in the cashier's time zone.
     *
     * @return whether it was accepted
     */
    public boolean commitText() {
        String typed = text.get() == null ? "" : text.get().strip();
        if (chosenTime.get() != null && typed.equals(format(chosenTime.get()))) {
            error.set("");
            return true;
        }
        Optional<LocalTime> time = parse(typed);
        if (time.isEmpty()) {
            error.set(messages.get("counter.promise.invalid"));
            return false;
        }
        Instant at = clock.instant().atZone(zone).toLocalDate().atTime(time.get()).atZone(zone).toInstant();
        return chooseByHand(at);
    }

    /**
     * Sets the time from outside (an order reopened for a change); refused when it is past.
     *
     * @return whether it was accepted
     */
    public boolean choose(Instant time) {
        return chooseByHand(Objects.requireNonNull(time));
    }

    // ---- state

    private void fetchProposal() {
        long request = ++requests;
        busy.set(true);
        Fulfilment askedFulfilment = fulfilment;
        int askedPizzas = pizzas;
        StaffPrincipal staff = session.cashier();
        executor.execute(() -> promisedTimes.proposal(staff, storeId, askedFulfilment, askedPizzas), proposal -> {
            if (request != requests) {
                return;
            }
            busy.set(false);
            proposedTime.set(proposal.promisedAt());
            queueInfo.set(messages.get("counter.promise.queue", proposal.queuedPizzas()));
            if (!changedByHand.get()) {
                error.set("");
                setChosen(proposal.promisedAt());
            }
        }, failure -> {
            if (request == requests) {
                busy.set(false);
                error.set(messages.describe(failure));
            }
        });
    }

    private void shift(Duration step) {
        // A time typed but not yet entered is what the cashier moves from.
        if (!text.get().isBlank() && !valid.get() && !commitText()) {
            return;
        }
        Instant from = chosenTime.get() != null ? chosenTime.get() : proposedTime.get();
        if (from == null) {
            from = clock.instant();
        }
        chooseByHand(from.plus(step));
    }

    private boolean chooseByHand(Instant at) {
        if (at.isBefore(clock.instant())) {
            error.set(messages.get("counter.promise.past", format(at), format(clock.instant())));
            return false;
        }
        changedByHand.set(true);
        error.set("");
        setChosen(at);
        return true;
    }

    private void setChosen(Instant at) {
        chosenTime.set(at);
        text.set(format(at));
    }

    /** HH:mm in the cashier's time zone. */
    public String format(Instant at) {
        return HH_MM.format(at.atZone(zone));
    }

    static Optional<LocalTime> parse(String typed) {
        Matcher matcher = TYPED.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    // ---- what the view binds to

    /** The time to promise: the proposal, or what the cashier chose; null before the first proposal. */
    public ReadOnlyObjectProperty<Instant> chosenTimeProperty() {
        return chosenTime.getReadOnlyProperty();
    }

    /** The last proposal from the kitchen queue; null before the first. */
    public ReadOnlyObjectProperty<Instant> proposedTimeProperty() {
        return proposedTime.getReadOnlyProperty();
    }

    /** The field's text, typed by the cashier. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the typed or moved time was refused; empty when there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "8 pizzas en cuisine": what the last proposal was made from. */
    public ReadOnlyStringProperty queueInfoProperty() {
        return queueInfo.getReadOnlyProperty();
    }

    /** True while a proposal is being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the cashier moved or typed the time since the last proposal. */
    public ReadOnlyBooleanProperty changedByHandProperty() {
        return changedByHand.getReadOnlyProperty();
    }

    /** True when a time is chosen and the field shows it (nothing typed and not yet accepted). */
    public BooleanBinding validProperty() {
        return valid;
    }
}
