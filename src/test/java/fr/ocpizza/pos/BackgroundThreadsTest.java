package fr.ocpizza.pos;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import fr.ocpizza.pos.testsupport.MainSources;
import fr.ocpizza.pos.testsupport.MainSources.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every background thread of the application comes from {@link DaemonThreads}: named, a daemon.
 * A thread built by hand, or a pool of the JDK's default (unnamed, non-daemon) threads, fails here
 * unless it is one of the few listed below with the reason it cannot be.
 */
class BackgroundThreadsTest {

    /** Files that may build threads themselves, and how many: each for a reason a pool cannot serve. */
    private static final Map<String, Integer> OWN_THREADS = Map.of(
            // the factory itself
            "fr/ocpizza/pos/concurrent/DaemonThreads.java", 1,
            // a JVM shutdown hook: an unstarted Thread handed to Runtime, which starts it at exit
            "fr/ocpizza/pos/persistence/EmbeddedPostgresServer.java", 1,
            // the shutdown hook, and "startup"/"shutdown": not daemons on purpose, the JVM must wait
            // for them to close what they opened
            "fr/ocpizza/pos/app/DesktopApp.java", 3);

    private static final Pattern OWN_THREAD = Pattern.compile(
            "new\\s+Thread\\s*\\(|new\\s+Timer\\s*\\(|Thread\\s*\\.\\s*(ofPlatform|ofVirtual|startVirtualThread)\\b"
                    + "|\\b(runAsync|supplyAsync)\\s*\\(|ForkJoinPool|parallelStream\\s*\\(");
    private static final Pattern POOL = Pattern.compile("Executors\\s*\\.\\s*new\\w*\\s*\\(");

    @Test
    void noSourceBuildsABackgroundThreadOutsideDaemonThreads() {
        List<Source> sources = MainSources.all();
        assertThat(sources).as("the sources were found").hasSizeGreaterThan(100);

        assertThat(violations(sources)).isEmpty();
    }

    @Test
    void aHandMadeThreadOrAPoolOfDefaultThreadsIsCaught() {
        Source planted = MainSources.parse("fr/ocpizza/pos/events/Planted.java", """
                class Planted {
                    // new Thread( in a comment does not count
                    Thread listener = new Thread(this::listen, "listener");
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    ExecutorService named = Executors.newFixedThreadPool(2, DaemonThreads.named("named-"));
                    String text = "new Thread(";
                }
                """);

        assertThat(violations(List.of(planted))).containsExactly(
                "fr/ocpizza/pos/events/Planted.java: 1 thread(s) of its own",
                "fr/ocpizza/pos/events/Planted.java: Executors.newFixedThreadPool(2)");
    }

    @Test
    void daemonThreadsAreNamedDaemons() throws InterruptedException {
        ThreadFactory factory = DaemonThreads.named("outbox-relay-");
        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });
        Thread subscription = DaemonThreads.thread("redis-sub-ocpizza:terminals", () -> { });

        assertThat(List.of(first.getName(), second.getName(), subscription.getName()))
                .containsExactly("outbox-relay-1", "outbox-relay-2", "redis-sub-ocpizza:terminals");
        assertThat(List.of(first, second, subscription)).allMatch(Thread::isDaemon);
        assertThat(DaemonThreads.named("backup-", Thread.MIN_PRIORITY).newThread(() -> { }).getPriority())
                .isEqualTo(Thread.MIN_PRIORITY);
    }

    private static List<String> violations(List<Source> sources) {
        List<String> found = new ArrayList<>();
        for (Source source : sources) {
            int own = count(OWN_THREAD.matcher(source.code()));
            if (own > OWN_THREADS.getOrDefault(source.path(), 0)) {
                found.add(source.path() + ": " + own + " thread(s) of its own");
            }
            Matcher pool = POOL.matcher(source.code());
            while (pool.find()) {
                String call = call(source.code(), pool.start(), pool.end());
                if (!call.contains("DaemonThreads")) {
                    found.add(source.path() + ": " + call.replaceAll("\\s+", " "));
                }
            }
        }
        return found;
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The call from its name to its closing parenthesis, {@code open} just after the opening one. */
    private static String call(String code, int start, int open) {
        int depth = 1;
        int i = open;
        while (i < code.length() && depth > 0) {
            char c = code.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return code.substring(start, i);
    }
}
