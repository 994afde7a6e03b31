package fr.ocpizza.pos.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;

/**
 * The one way views open dialogs: alerts, confirmations and file choosers (as JabRef's
 * {@code DialogService}). Views call it from the UI thread; view-model tests never need it, and
 * flow tests can replace it. Buttons are labelled from the resource bundle, never from the
 * machine's locale.
 */
public interface DialogService {

    /** Shows a message the user acknowledges. */
    void showInformation(String title, String message);

    /** Shows what went wrong and what to do. */
    void showError(String title, String message);

    /**
     * Asks a yes/no question; {@code true} when the user confirms. The confirm button is the
     * default one (Enter), the other cancels (Escape).
     */
    boolean confirm(String title, String question, String confirmLabel, String cancelLabel);

    /** A file to write, starting with a proposed name; empty when the user gives up. */
    Optional<Path> chooseFileToSave(String title, String proposedName, String extensionDescription, String extension);

    /** A folder to write into; empty when the user gives up. */
    Optional<Path> chooseFolder(String title);

    /**
     * Shows custom content with the given buttons; returns the index of the button chosen, or
     * empty when the dialog was closed otherwise.
     */
    Optional<Integer> showContent(String title, Node content, String... buttonLabels);
}
