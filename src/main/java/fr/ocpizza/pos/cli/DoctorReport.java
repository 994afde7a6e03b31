package fr.ocpizza.pos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code doctor} found, check by check, printed as lines for a person or as JSON for a
 * monitoring tool. The overall status is the worst of the checks: fail, else warn, else ok.
 * <p>
 * JSON shape (docs/operations.md):
 * <pre>
 * {"status": "warn",
 *  "checks": [{"name": "configuration", "status": "ok", "message": "sources defaults, ..."},
 *             {"name": "secrets", "status": "warn", "message": "Secrets file ... : run `chmod 600 ...`."}, ...]}
 * </pre>
 * A check's status is ok, warn, fail or skip (not run because one it needs failed). A check may
 * appear more than once, one entry per problem.
 */
final class DoctorReport {

    /** How a check ended. */
    enum Status {
        OK("[ OK ]"), WARN("[WARN]"), FAIL("[FAIL]"), SKIP("[SKIP]");

        private final String tag;

        Status(String tag) {
            this.tag = tag;
        }

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line of the report. */
    record Check(String name, Status status, String message) {
    }

    private final List<Check> checks = new ArrayList<>();

    void ok(String name, String message) {
        checks.add(new Check(name, Status.OK, message));
    }

    void warn(String name, String message) {
        checks.add(new Check(name, Status.WARN, message));
    }

    void fail(String name, String message) {
        checks.add(new Check(name, Status.FAIL, message));
    }

    void skip(String name, String reason) {
        checks.add(new Check(name, Status.SKIP, reason));
    }

    List<Check> checks() {
        return List.copyOf(checks);
    }

    /** FAIL if any check failed, else WARN if any warned, else OK. */
    Status overall() {
        if (checks.stream().anyMatch(check -> check.status() == Status.FAIL)) {
            return Status.FAIL;
        }
        return checks.stream().anyMatch(check -> check.status() == Status.WARN) ? Status.WARN : Status.OK;
    }

    /** 1 when a check failed; 0 otherwise, warnings included, so that `doctor && start` still starts. */
    int exitCode() {
        return overall() == Status.FAIL ? 1 : 0;
    }

    /** {@code [ OK ] database: ...}, one line a check. */
    void printText(PrintWriter out) {
        checks.forEach(check -> out.println(check.status().tag + " " + check.name() + ": " + check.message()));
    }

    /** One JSON document, indented. */
    void printJson(PrintWriter out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("status", overall().json());
        document.put("checks", checks.stream().map(check -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", check.name());
            entry.put("status", check.status().json());
            entry.put("message", check.message());
            return entry;
        }).toList());
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
