package fr.ocpizza.pos.app;

import fr.ocpizza.pos.ui.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view with the bundle's texts and a controller already built by the factories
 * (plain constructor wiring): the one place where {@link FXMLLoader#setControllerFactory} is set,
 * and checked, for every workspace.
 */
public final class ViewLoader {

    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** The texts the views are loaded with. */
    public Messages messages() {
        return messages;
    }

    /**
     * Loads {@code <ControllerClass>.fxml}, next to the controller class, with the bundle's
     * texts and the given controller instance.
     *
     * @throws IllegalStateException when the FXML is missing or asks for another controller class
     */
    public <C> LoadedView<C> load(Class<C> controllerType, C controller) {
        URL fxml = controllerType.getResource(controllerType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException(controllerType.getSimpleName() + ".fxml is missing next to " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(requested -> {
            if (requested != controllerType) {
                throw new IllegalStateException(fxml + " asks for controller " + requested.getName()
                        + " but " + controllerType.getName() + " was given");
            }
            return controller;
        });
        try {
            Parent root = loader.load();
            return new LoadedView<>(root, controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
