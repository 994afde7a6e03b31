package fr.ocpizza.pos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The schema migrations this build carries, read from the sources: a new one needs no test change. */
public final class Migrations {

    private static final List<Integer> VERSIONS = read();

    private Migrations() {
    }

    public static int count() {
        return VERSIONS.size();
    }

    public static int latest() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    private static List<Integer> read() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
