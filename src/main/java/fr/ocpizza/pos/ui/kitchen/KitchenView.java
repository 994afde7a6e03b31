package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.ui.common.Styles;
import fr.ocpizza.pos.ui.shell.Workspace;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.GridView;

/**
 * Controller of {@code KitchenView.fxml}, and the pizzaiolo's {@link Workspace}: binds the board,
 * the all-day panel, the recall drawer and the recipe reminder to the {@link KitchenViewModel},
 * and runs the one-second clock the cards' timers follow.
 */
public final class KitchenView implements Workspace {

    private final KitchenViewModel viewModel;
    private final Timeline clock;
    private KioskMode kioskMode;

    @FXML
    private Region root;
    @FXML
    private Label openCount;
    @FXML
    private HBox errorBanner;
    @FXML
    private Label errorText;
    @FXML
    private Button dismissError;
    @FXML
    private Button recallButton;
    @FXML
    private Button fullScreenButton;
    @FXML
    private GridView<BoardTicket> board;
    @FXML
    private Label emptyBoard;
    @FXML
    private StackPane overlay;
    @FXML
    private Region backdrop;
    @FXML
    private StackPane allDayArea;

    public KitchenView(KitchenViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
        // One timer for the whole board: the cards on screen follow the view model's clock.
        this.clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        TicketTexts texts = viewModel.texts();
        openCount.textProperty().bind(Bindings.createStringBinding(
                () -> texts.messages().get("kitchen.openTickets", viewModel.openCountProperty().get()),
                viewModel.openCountProperty()));

        board.setItems(viewModel.board());
        board.setCellFactory(grid -> new TicketCell(viewModel));
        emptyBoard.visibleProperty().bind(viewModel.loadedProperty().and(Bindings.isEmpty(viewModel.board())));

        errorText.textProperty().bind(viewModel.errorProperty());
        errorText.getStyleClass().add(Styles.DANGER);
        errorBanner.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        dismissError.setOnAction(event -> viewModel.dismissError());

        allDayArea.getChildren().setAll(new AllDayPanel(texts, viewModel.allDay()));
        showOverlays(texts);

        recallButton.setOnAction(event -> viewModel.openRecall());
        kioskMode = new KioskMode(root, viewModel.settings().kiosk());
        fullScreenButton.setOnAction(event -> kioskMode.toggle());
        for (Button button : new Button[] {recallButton, fullScreenButton, dismissError}) {
            button.setFocusTraversable(false);
        }
        kioskMode.start();
        clock.play();
        viewModel.connect();
    }

    /** The recipe reminder (centred) and the recall drawer (right) over a dimmed board. */
    private void showOverlays(TicketTexts texts) {
        RecipeReminderView recipe = new RecipeReminderView(texts, viewModel::closeRecipe);
        RecallDrawer recall = new RecallDrawer(texts, viewModel.recallList(), viewModel::recall, viewModel::closeRecall);
        StackPane.setAlignment(recall, javafx.geometry.Pos.CENTER_RIGHT);
        overlay.getChildren().setAll(backdrop, recipe, recall);
        recipe.visibleProperty().bind(viewModel.recipesProperty().isNotNull());
        recall.visibleProperty().bind(viewModel.recallOpenProperty());
        overlay.visibleProperty().bind(recipe.visibleProperty().or(recall.visibleProperty()));
        viewModel.recipesProperty().addListener((observable, before, after) -> {
            if (after != null) {
                recipe.show(after);
            }
        });
        // A touch beside the panel closes it, as on a phone.
        backdrop.setOnMouseClicked(event -> {
            viewModel.closeRecipe();
            viewModel.closeRecall();
        });
    }

    @Override
    public Node view() {
        return root;
    }

    /** The pizzaiolo leaves: stop the clock, the live updates and the F11 key. */
    @Override
    public void close() {
        clock.stop();
        if (kioskMode != null) {
            kioskMode.stop();
        }
        viewModel.close();
    }
}
