package fr.ocpizza.pos.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A form's calls to the services: each runs off the UI thread while {@code busy} is true, and a
 * refusal becomes the form's one error sentence (what is wrong, what to do). A form shows one
 * message at a time: a new notice (what was done) clears the error, a new error clears the notice,
 * and {@link #startAction()} clears both when the user starts something new, so that "Perte de
 * Basilic frais enregistrée." never stands beside a later refusal. UI thread only.
 */
public final class ScreenWork {

    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ScreenWork(TaskExecutor executor, Messages messages) {
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Runs {@code work} in the background, then {@code after} with its result on the UI thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> after) {
        busy.set(true);
        error.set("");
        executor.execute(work, result -> {
            busy.set(false);
            after.accept(result);
        }, failure -> {
            busy.set(false);
            showFailure(failure);
        });
    }

    /** The user starts something new: the sentences about what he did before go. */
    public void startAction() {
        error.set("");
        notice.set("");
    }

    /** An error found before calling anything (a typed value that is not a number). */
    public void showError(String sentence) {
        notice.set("");
        error.set(sentence);
    }

    public void showFailure(Throwable failure) {
        showError(messages.describe(failure));
    }

    /** What was done ("Perte de Basilic frais enregistrée."); replaces any error shown. */
    public void showNotice(String sentence) {
        error.set("");
        notice.set(sentence);
    }

    public void clearNotice() {
        notice.set("");
    }

    public void clearError() {
        error.set("");
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
