package fr.ocpizza.pos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.TerminalSupervision;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpizza terminals}: the chain's terminals from their last heartbeat, for people or monitoring tools. */
@Command(name = "terminals", mixinStandardHelpOptions = true,
        description = {"Lists every terminal from its last heartbeat (table terminal_heartbeat), most urgent first:",
                "OFFLINE (silent for 10 periods), LATE (3 periods), ONLINE, STOPPED (closed normally)."})
final class TerminalsCommand implements java.util.concurrent.Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private OcpizzaCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "One JSON document: checkedAt and the terminals, for a monitoring tool.")
    private boolean json;

    @Option(names = "--store", paramLabel = "N", description = "Only the terminals of store N.")
    private Integer store;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        try (CliSession session = CliSession.openCurrent(root)) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<Heartbeat> terminals = session.terminals().terminals(StaffPrincipal.commandLine()).stream()
                    .filter(beat -> store == null || beat.storeId() == store)
                    .sorted(TerminalSupervision.byUrgency(now))
                    .toList();
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? json(terminals, now) : table(terminals, now));
            out.flush();
            return 0;
        }
    }

    static String json(List<Heartbeat> terminals, Instant now) {
        ObjectNode document = JSON.createObjectNode();
        document.put("checkedAt", now.toString());
        ArrayNode list = document.putArray("terminals");
        for (Heartbeat beat : terminals) {
            ObjectNode node = list.addObject();
            node.put("terminalId", beat.terminalId().toString());
            node.put("hostname", beat.hostname());
            node.put("storeId", beat.storeId());
            node.put("status", beat.status(now).name());
            node.put("workspace", beat.workspace());
            node.put("staffLogin", beat.staffLogin());
            node.put("appVersion", beat.appVersion());
            node.put("databaseUp", beat.databaseUp());
            node.put("liveUpdates", beat.liveUpdates().name());
            node.put("lastEventAt", text(beat.lastEventAt()));
            node.put("lastEventId", beat.lastEventId() == null ? null : beat.lastEventId().toString());
            node.put("lastEventSeq", beat.lastEventSeq());
            node.put("periodSeconds", beat.periodSeconds());
            node.put("startedAt", text(beat.startedAt()));
            node.put("lastHeartbeatAt", text(beat.heartbeatAt()));
            node.put("ageSeconds", Math.max(0, Duration.between(beat.heartbeatAt(), now).toSeconds()));
            node.put("stoppedAt", text(beat.stoppedAt()));
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String table(List<Heartbeat> terminals, Instant now) {
        if (terminals.isEmpty()) {
            return "No terminal has sent a heartbeat yet.";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"STATUS", "STORE", "TERMINAL", "WORKSPACE", "USER", "VERSION", "DB", "LIVE", "LAST EVENT",
                "LAST HEARTBEAT"});
        for (Heartbeat beat : terminals) {
            rows.add(new String[] {beat.status(now).name(), String.valueOf(beat.storeId()), beat.hostname(),
                    beat.workspace(), Objects.requireNonNullElse(beat.staffLogin(), "-"), beat.appVersion(),
                    beat.databaseUp() ? "up" : "down", beat.liveUpdates().name(),
                    beat.lastEventAt() == null ? "-" : beat.lastEventAt().truncatedTo(ChronoUnit.SECONDS) + " #" + beat.lastEventSeq(),
                    Math.max(0, Duration.between(beat.heartbeatAt(), now).toSeconds()) + " s ago ("
                            + beat.heartbeatAt().truncatedTo(ChronoUnit.SECONDS) + ")"});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            text.append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
