package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs each task and its callback at once on the calling thread, so that a view-model test
 * reads the outcome on the next line, with no screen and no waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = task.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
    }
}
