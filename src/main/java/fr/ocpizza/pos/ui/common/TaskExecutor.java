package fr.ocpizza.pos.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may block (database, Redis, printers, PayPal) away from the JavaFX thread and
 * hands its outcome back on the UI thread. View models depend on this interface only, so their
 * tests run with {@code CurrentThreadTaskExecutor} and no screen.
 */
public interface TaskExecutor extends AutoCloseable {

    /**
     * Runs {@code task} in the background, then {@code onSuccess} with its result or
     * {@code onFailure} with what it threw, both on the UI thread.
     */
    <T> void execute(Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Stops accepting work; tasks already running may finish. */
    @Override
    void close();
}
