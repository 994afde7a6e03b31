package fr.ocpizza.pos.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs, owned by the terminal's window. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to (may answer null before the stage shows) */
    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /**
     * The terminal's window as dialogs' owner: the focused one (a dialog opens from a click in it),
     * else the first shown; null before any shows. For a composition root that builds views
     * before it knows the stage.
     */
    public static Window terminalWindow() {
        List<Window> shown = Window.getWindows().stream().filter(Window::isShowing).toList();
        return shown.stream().filter(Window::isFocused).findFirst().orElse(shown.isEmpty() ? null : shown.get(0));
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel, String cancelLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        prepare(alert, title);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String proposedName, String extensionDescription,
                                           String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(proposedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File folder = chooser.showDialog(owner.get());
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Integer> showContent(String title, Node content, String... buttonLabels) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < buttonLabels.length; i++) {
            ButtonBar.ButtonData data = i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : i == buttonLabels.length - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(buttonLabels[i], data));
        }
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        return dialog.showAndWait().map(buttons::indexOf).filter(index -> index >= 0);
    }

    private void prepare(Alert alert, String title) {
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner.get());
    }
}
