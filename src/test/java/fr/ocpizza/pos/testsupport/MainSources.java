package fr.ocpizza.pos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java sources of {@code src/main}, read as tokens just enough to tell code, comments and
 * string literals apart: for the tests that keep a spelling (an event type, {@code new Thread(})
 * in one place. Comments never count; text blocks count as literals.
 */
public final class MainSources {

    private static final Path ROOT = Path.of("src", "main", "java");

    /** One source file: its path from {@code src/main/java}, its code without comments or literals, its literals. */
    public record Source(String path, String code, List<Literal> literals) {

        /** The file's name without {@code .java}. */
        public String className() {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return name.substring(0, name.length() - ".java".length());
        }
    }

    /** A string literal (raw, escapes left as written) and the line it starts on. */
    public record Literal(String value, int line) {
    }

    private MainSources() {
    }

    /** Every {@code .java} file under {@code src/main/java} (the tests run from the project's folder). */
    public static List<Source> all() {
        if (!Files.isDirectory(ROOT)) {
            throw new IllegalStateException("No " + ROOT.toAbsolutePath() + ": run the tests from the project's folder");
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .map(MainSources::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source read(Path file) {
        try {
            String path = ROOT.relativize(file).toString().replace('\\', '/');
            return parse(path, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one file's text; literals are replaced by {@code ""} in the code, comments by a space. */
    public static Source parse(String path, String text) {
        StringBuilder code = new StringBuilder(text.length());
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
                code.append(' ');
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                line += count(text, i, stop);
                i = stop;
                code.append(' ');
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? text.length() : end + 3;
                literals.add(new Literal(text.substring(i + 3, Math.max(i + 3, stop - 3)), line));
                line += count(text, i, stop);
                i = stop;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(text.substring(i + 1, Math.min(j, text.length())), line));
                    code.append("\"\"");
                } else {
                    code.append("' '");
                }
                i = Math.min(j + 1, text.length());
            } else {
                if (c == '\n') {
                    line++;
                }
                code.append(c);
                i++;
            }
        }
        return new Source(path, code.toString(), List.copyOf(literals));
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
