package fr.ocpizza.pos.ui.backoffice.terminals;

import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.TerminalSupervision;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.supervision.TerminalStatus;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.ScreenWork;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The back office's "Terminaux" tab: every terminal the manager may see, with its status from its
 * last heartbeat. Read from the database when shown and every {@link #RELOAD_EVERY} (a terminal
 * whose Redis is down still writes its row), live from {@code ocpizza:terminals} in between (a
 * terminal whose database is down still publishes), the newer of the two winning; aged each
 * second by {@link #tick()}. Most urgent first: offline, late, online, stopped.
 */
public final class TerminalsViewModel implements AutoCloseable {

    /** How often the list is read again from the database, whatever Redis brings. */
    static final Duration RELOAD_EVERY = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(TerminalsViewModel.class);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TerminalSupervision supervision;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final StaffPrincipal staff;
    private final Clock clock;
    private final ZoneId zone;
    private final Messages messages;
    private final ScreenWork work;

    private final ObservableList<Heartbeat> terminals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Instant lastRead = Instant.MIN;
    private boolean closed;
    private AutoCloseable live;

    /**
     * @param uiThread hands live heartbeats from the bus's thread to the UI thread ({@code Platform::runLater})
     */
    public TerminalsViewModel(TerminalSupervision supervision, TaskExecutor executor, Executor uiThread,
                              StaffPrincipal staff, Clock clock, ZoneId zone, Messages messages) {
        this.supervision = Objects.requireNonNull(supervision);
        this.executor = Objects.requireNonNull(executor);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.staff = Objects.requireNonNull(staff);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.messages = Objects.requireNonNull(messages);
        this.work = new ScreenWork(executor, messages);
        now.set(clock.instant());
    }

    /** Reads the list, then listens to the heartbeats (both off the UI thread). */
    public void connect() {
        load();
        executor.execute(() -> supervision.watch(staff, beat -> uiThread.execute(() -> apply(beat))), subscription -> {
            if (closed) {
                closeQuietly(subscription);
            } else {
                live = subscription;
            }
        }, failure -> {
            LOG.warn("No live heartbeats for the terminals tab: {}", failure.getMessage());
            work.showFailure(failure);
        });
    }

    /** Reads every terminal's last heartbeat from the database. */
    public void load() {
        lastRead = clock.instant();
        work.run(() -> supervision.terminals(staff), this::merge);
    }

    /**
     * The database's rows, each replaced by a newer heartbeat already received live: a terminal that
     * cannot reach the database still publishes on Redis, and its stale row must not win.
     */
    private void merge(List<Heartbeat> read) {
        Map<UUID, Heartbeat> newest = new LinkedHashMap<>();
        read.forEach(beat -> newest.put(beat.terminalId(), beat));
        terminals.forEach(live -> newest.merge(live.terminalId(), live,
                (stored, known) -> known.heartbeatAt().isAfter(stored.heartbeatAt()) ? known : stored));
        show(new ArrayList<>(newest.values()));
    }

    /** The screen's clock, each second: ages and statuses move on; the database is read again now and then. */
    public void tick() {
        now.set(clock.instant());
        if (!work.busyProperty().get() && Duration.between(lastRead, now.get()).compareTo(RELOAD_EVERY) >= 0) {
            load();
        } else {
            show(new ArrayList<>(terminals));
        }
    }

    /** A heartbeat from Redis (UI thread): its terminal's row is replaced, or added. */
    void apply(Heartbeat beat) {
        if (closed) {
            return;
        }
        List<Heartbeat> next = terminals.stream()
                .filter(known -> !known.terminalId().equals(beat.terminalId()))
                .collect(Collectors.toCollection(ArrayList::new));
        next.add(beat);
        show(next);
    }

    private void show(List<Heartbeat> beats) {
        Instant at = now.get();
        List<Heartbeat> sorted = beats.stream().sorted(TerminalSupervision.byUrgency(at)).toList();
        if (!sorted.equals(terminals)) {
            terminals.setAll(sorted);
        }
        Map<TerminalStatus, Long> counts = new EnumMap<>(TerminalStatus.class);
        sorted.forEach(beat -> counts.merge(beat.status(at), 1L, Long::sum));
        summary.set(messages.get("backoffice.terminals.summary", sorted.size(),
                counts.getOrDefault(TerminalStatus.ONLINE, 0L), counts.getOrDefault(TerminalStatus.LATE, 0L),
                counts.getOrDefault(TerminalStatus.OFFLINE, 0L), counts.getOrDefault(TerminalStatus.STOPPED, 0L)));
    }

    public ObservableList<Heartbeat> terminals() {
        return terminals;
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public TerminalStatus status(Heartbeat beat) {
        return beat.status(now.get());
    }

    public String statusText(TerminalStatus status) {
        return messages.get("backoffice.terminals.status." + status.name());
    }

    /** "il y a 12 s", "il y a 3 min", "il y a 2 h", "il y a 4 j". */
    public String age(Instant at) {
        long seconds = Math.max(0, Duration.between(at, now.get()).toSeconds());
        if (seconds < 60) {
            return messages.get("backoffice.terminals.ago.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.get("backoffice.terminals.ago.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return messages.get("backoffice.terminals.ago.hours", seconds / 3600);
        }
        return messages.get("backoffice.terminals.ago.days", seconds / 86_400);
    }

    /** "il y a 12 s (25/11 18:02:03)". */
    public String lastHeartbeat(Instant at) {
        return age(at) + " (" + AT.format(at.atZone(zone)) + ")";
    }

    public String workspace(Heartbeat beat) {
        return messages.find("backoffice.terminals.workspace." + beat.workspace()).orElse(beat.workspace());
    }

    public String user(Heartbeat beat) {
        return beat.staffLogin() == null ? messages.get("backoffice.terminals.nobody") : beat.staffLogin();
    }

    public String database(Heartbeat beat) {
        return messages.get(beat.databaseUp() ? "backoffice.terminals.up" : "backoffice.terminals.down");
    }

    public String redis(Heartbeat beat) {
        return messages.get("backoffice.terminals.live." + beat.liveUpdates().name());
    }

    /** "18:01:55 · n° 42", or a dash when the terminal has received none since it started. */
    public String lastEvent(Heartbeat beat) {
        if (beat.lastEventAt() == null) {
            return "—";
        }
        return messages.get("backoffice.terminals.event", TIME.format(beat.lastEventAt().atZone(zone)),
                beat.lastEventSeq() == null ? "?" : String.valueOf(beat.lastEventSeq()));
    }

    public String store(Heartbeat beat) {
        return messages.get("backoffice.terminals.store", beat.storeId());
    }

    /** Stops the live heartbeats (off the UI thread: it may wait on Redis). */
    @Override
    public void close() {
        closed = true;
        AutoCloseable subscription = live;
        live = null;
        if (subscription != null) {
            try {
                executor.execute(() -> {
                    subscription.close();
                    return null;
                }, done -> { }, failure -> LOG.warn("Closing the terminals' live heartbeats failed", failure));
            } catch (RuntimeException rejected) {
                closeQuietly(subscription);
            }
        }
    }

    private static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Closing the terminals' live heartbeats failed", e);
        }
    }
}
