package fr.ocpizza.pos.persistence.backup;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database a backup reads or a restore writes, as pg_dump and pg_restore need it: the JDBC
 * URL and the credentials. The password never appears in {@link #toString()}, in a command line or
 * in a log: the tools get it through PGPASSWORD in their own environment.
 */
public record BackupTarget(String url, String user, String password) {

    /** host, port and database of a single-host URL; empty for what libpq could not be given as is. */
    Optional<Map<String, String>> libpqParts() {
        if (!url.startsWith("jdbc:postgresql://")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:postgresql://".length());
        if (rest.indexOf(',') >= 0 && rest.indexOf(',') < rest.indexOf('/')) {
            return Optional.empty(); // several hosts: pgjdbc failover, not worth mapping for a backup
        }
        URI uri = URI.create("postgresql://" + rest);
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1) {
            return Optional.empty();
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("host", uri.getHost().replaceAll("^\\[|]$", ""));
        parts.put("port", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()));
        parts.put("dbname", uri.getPath().substring(1));
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].toLowerCase(Locale.ROOT).equals("sslmode")) {
                    parts.put("sslmode", kv[1]);
                }
            }
        }
        return Optional.of(parts);
    }

    /** The URL without anything after '?' (which may carry a password). */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "BackupTarget[" + safeUrl() + " as " + user + "]";
    }
}
