package fr.ocpizza.pos.persistence.backup;

import java.time.Duration;

/** What a backup or a restore reports as it goes: one line per table, and notices. */
public interface BackupProgress {

    /** No report (the daily backup logs its result only). */
    BackupProgress SILENT = new BackupProgress() {
        @Override
        public void table(String name, long rows, Duration elapsed) {
        }

        @Override
        public void notice(String message) {
        }
    };

    /** One table done: its name, its rows (-1 when unknown) and how long it took. */
    void table(String name, long rows, Duration elapsed);

    /** Something the operator should know that is not an error (a fallback, a step). */
    void notice(String message);
}
