package fr.ocpizza.pos.persistence;

import java.util.Optional;

/**
 * The database's schema against this build's, and whether this build may run on it.
 *
 * <p>The schema's <em>major</em> is written in the migration numbers (docs/decisions/0008):
 * V1 to V199 are major 1, V200 to V299 major 2, and so on. Within a major, migrations only add
 * (tables, columns with defaults, indexes): a terminal of an older build keeps working on a schema
 * that a newer build migrated. The first migration of a new major (V200) may change or drop what
 * older terminals use: they refuse to start on it.
 *
 * @param database the newest migration applied to the database, empty when none is
 * @param build    the newest migration this build carries
 * @param pending  migrations of this build the database has not run
 */
public record SchemaVersion(Optional<String> database, String build, int pending) {

    /** Migrations per major: V1–V199 are major 1, then each hundred is the next major. */
    private static final int PER_MAJOR = 100;

    /** How this build stands against the database. */
    public enum Fit {
        /** No migration ran yet. */
        EMPTY,
        /** The database has run exactly the migrations of this build. */
        CURRENT,
        /** The database lacks migrations of this build: {@code db migrate} first. */
        OLDER,
        /** A newer build migrated the database within the same major: this build runs on it. */
        NEWER_COMPATIBLE,
        /** The database is of a newer major: this build must be updated. */
        NEWER_MAJOR
    }

    /** The major of a migration version: "5" → 1, "150" → 1, "200" → 2, "310.1" → 3. */
    public static int majorOf(String version) {
        String leading = version.strip();
        int dot = leading.indexOf('.');
        int number = Integer.parseInt(dot < 0 ? leading : leading.substring(0, dot));
        return Math.max(1, number / PER_MAJOR);
    }

    public int buildMajor() {
        return majorOf(build);
    }

    /** The database's major; empty when no migration ran. */
    public Optional<Integer> databaseMajor() {
        return database.map(SchemaVersion::majorOf);
    }

    public Fit fit() {
        if (database.isEmpty()) {
            return Fit.EMPTY;
        }
        if (databaseMajor().orElseThrow() > buildMajor()) {
            return Fit.NEWER_MAJOR;
        }
        if (pending > 0) {
            return Fit.OLDER;
        }
        return isNewer(database.get(), build) ? Fit.NEWER_COMPATIBLE : Fit.CURRENT;
    }

    /** The refusal of a terminal too old for the database's major, in French for the person at the terminal. */
    public String newerMajorMessage() {
        return "La base est au schéma " + databaseMajor().orElseThrow() + ".x (migration V" + database.orElseThrow()
                + "), cette version du terminal connaît " + buildMajor() + ".x (jusqu’à V" + build
                + ") : mettez le terminal à jour (installez la version du terminal en service dans la chaîne,"
                + " voir le manuel d’exploitation, « Mises à jour »).";
    }

    private static boolean isNewer(String version, String than) {
        return compare(version, than) > 0;
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
