package fr.ocpizza.pos.ui.common;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import fr.ocpizza.pos.domain.PosException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link TaskExecutor}: a small pool of daemon threads, results delivered with
 * {@link Platform#runLater}. Daemon threads, so that a task stuck on a dead server never keeps
 * the application from exiting.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("ui-task-"));
    }

    @Override
    public <T> void execute(Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = task.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                logFailure(e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Refusals are part of the job (a wrong PIN); anything else deserves its stack trace in the log. */
    private static void logFailure(Throwable e) {
        if (e instanceof PosException) {
            LOG.debug("Background task refused: {}", e.toString());
        } else {
            LOG.warn("Background task failed", e);
        }
    }

    @Override
    public void close() {
        closeAndWait(Duration.ofSeconds(2));
    }

    /**
     * Takes no new task and waits up to {@code wait} for the running ones (an order being placed
     * commits or fails on its own), then interrupts what is left. Returns whether all finished.
     */
    public boolean closeAndWait(Duration wait) {
        pool.shutdown();
        try {
            if (pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            pool.shutdownNow();
            return false;
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
