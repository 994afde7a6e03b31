package fr.ocpizza.pos.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The two kinds of backup file, told apart by their first bytes at restore time. */
public enum BackupFormat {

    /** Our own: a zip of manifest.json and one COPY text file per table (works without pg_dump). */
    SNAPSHOT,
    /** PostgreSQL's custom format ({@code pg_dump -Fc}), restored with {@code pg_restore}. */
    PG_DUMP;

    private static final byte[] PG_DUMP_MAGIC = {'P', 'G', 'D', 'M', 'P'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /** The name used on the command line and in messages: snapshot, pg_dump. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the file's first bytes; refuses anything that is neither format. */
    public static BackupFormat detect(Path file) {
        byte[] head = new byte[5];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new BackupException("Backup file " + file + " does not exist: check the path.");
        } catch (IOException e) {
            throw new BackupException("Cannot read backup file " + file + " (" + e.getMessage() + ").", e);
        }
        if (read == 5 && Arrays.equals(head, PG_DUMP_MAGIC)) {
            return PG_DUMP;
        }
        if (read >= 4 && Arrays.equals(Arrays.copyOf(head, 4), ZIP_MAGIC)) {
            return SNAPSHOT;
        }
        throw new BackupException("File " + file + " is not an OC Pizza backup (neither a snapshot nor a pg_dump custom-format"
                + " file" + (read == 0 ? ": it is empty" : "") + "). Nothing was restored.");
    }
}
