package fr.ocpizza.pos.persistence.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code manifest.json} of a snapshot: what the file holds, and how to check it before a single
 * row is written. Format version 1:
 * <pre>
 * { "format": "ocpizza-snapshot", "formatVersion": 1, "appVersion": "1.0.0", "createdAt": "2026-11-25T03:00:00Z",
 *   "schemaVersion": "5", "serverVersion": "PostgreSQL 15.14 ...",
 *   "tables": [ { "name": "customer_order", "file": "tables/customer_order.copy", "columns": [...],
 *                 "rows": 50000, "sha256": "..." }, ... ],
 *   "sequences": [ { "name": "customer_order_id_seq", "lastValue": 50000, "isCalled": true }, ... ] }
 * </pre>
 * Each table file is the output of {@code COPY "public"."table" (columns) TO STDOUT} (text format,
 * UTF-8), one line per row.
 */
record SnapshotManifest(String format, int formatVersion, String appVersion, String createdAt, String schemaVersion,
                        String serverVersion, List<TableEntry> tables, List<SequenceValue> sequences) {

    static final String FORMAT = "ocpizza-snapshot";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    /** One table's file, its columns in COPY order, its row count and the SHA-256 of the file. */
    record TableEntry(String name, String file, List<String> columns, long rows, String sha256) {
    }

    /** A sequence as setval gives it back: {@code setval(name, lastValue, isCalled)}. */
    record SequenceValue(String name, long lastValue, boolean isCalled) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the manifest", e);
        }
    }

    static SnapshotManifest read(InputStream in) throws IOException {
        return JSON.readValue(in, SnapshotManifest.class);
    }
}
