package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Keeps tasks until the test runs them: a reload can be caught "in flight". */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int ran;

    @Override
    public <T> void execute(Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    public int waiting() {
        return queue.size();
    }

    /** Runs the oldest waiting task and whatever it does on "the UI thread". */
    public void runNext() {
        ran++;
        queue.removeFirst().run();
    }

    /** Runs every waiting task, including those the tasks run queue meanwhile. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    public int ran() {
        return ran;
    }

    @Override
    public void close() {
    }
}
