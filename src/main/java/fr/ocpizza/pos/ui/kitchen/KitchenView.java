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
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.skin.VirtualFlow;
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
    private final Runnable reportShown = this::reportWholeTickets;
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
    private Button belowFoldButton;
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
        board.setHorizontalCellSpacing(BoardGeometry.SPACING);
        board.setVerticalCellSpacing(BoardGeometry.SPACING);
        board.widthProperty().addListener((observable, before, after) -> fitCards());
        board.heightProperty().addListener((observable, before, after) -> fitCards());
        fitCards();
        showBelowFold(texts);
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
        for (Button button : new Button[] {belowFoldButton, recallButton, fullScreenButton, dismissError}) {
            button.setFocusTraversable(false);
        }
        kioskMode.start();
        clock.play();
        viewModel.connect();
    }

    /** Cards as large as the board allows with whole rows on screen (BoardGeometry). */
    private void fitCards() {
        BoardGeometry geometry = BoardGeometry.fit(board.getWidth(), board.getHeight());
        board.setCellWidth(geometry.cellWidth());
        board.setCellHeight(geometry.cellHeight());
    }

    /**
     * "▼ 4 tickets plus bas": after each layout, the view tells the view model how many tickets,
     * from the first, are above the screen or on it whole; a touch scrolls a screen down.
     */
    private void showBelowFold(TicketTexts texts) {
        belowFoldButton.textProperty().bind(Bindings.createStringBinding(
                () -> texts.belowFold(viewModel.belowFoldProperty().get(), viewModel.belowFoldLateProperty().get()),
                viewModel.belowFoldProperty(), viewModel.belowFoldLateProperty()));
        belowFoldButton.visibleProperty().bind(viewModel.belowFoldProperty().greaterThan(0));
        belowFoldButton.managedProperty().bind(belowFoldButton.visibleProperty());
        viewModel.belowFoldLateProperty().addListener((observable, before, late) ->
                belowFoldButton.pseudoClassStateChanged(KitchenStyles.LATE, late.intValue() > 0));
        belowFoldButton.setOnAction(event -> {
            VirtualFlow<?> flow = flow();
            if (flow != null) {
                flow.scrollPixels(flow.getHeight());
            }
        });
        root.sceneProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.removePostLayoutPulseListener(reportShown);
            }
            if (after != null) {
                after.addPostLayoutPulseListener(reportShown);
            }
        });
    }

    /**
     * After a layout pass: how many of the first tickets are on screen whole: the rows above the
     * screen, then the cards of each row whose bottom is on screen, counted as the grid laid them.
     */
    private void reportWholeTickets() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            viewModel.boardShows(viewModel.board().size());
            return;
        }
        // Only the board's last row may be short: a full row counts the columns.
        int columns = 0;
        for (int row = first.getIndex(); row <= last.getIndex(); row++) {
            IndexedCell<?> cell = flow.getVisibleCell(row);
            columns = Math.max(columns, cell == null ? 0 : cards(cell));
        }
        int shown = first.getIndex() * columns;
        for (int row = first.getIndex(); row <= last.getIndex(); row++) {
            IndexedCell<?> cell = flow.getVisibleCell(row);
            if (cell == null || cell.getLayoutY() + cell.getHeight() > flow.getHeight() + 0.5) {
                break;
            }
            shown += cards(cell);
        }
        viewModel.boardShows(shown);
    }

    /** The tickets of one row of the grid. */
    private static int cards(IndexedCell<?> row) {
        return (int) row.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof TicketCell cell && !cell.isEmpty() && cell.isVisible()).count();
    }

    private VirtualFlow<?> flow() {
        return board.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    /** The recipe reminder (centred) and the recall drawer (right) over a dimmed board. */
    private void showOverlays(TicketTexts texts) {
        RecipeReminderView recipe = new RecipeReminderView(texts, viewModel::closeRecipe);
        RecallDrawer recall = new RecallDrawer(texts, viewModel.recallList(), viewModel::recall, viewModel::closeRecall);
        StackPane.setAlignment(recall, javafx.geometry.Pos.CENTER_RIGHT);
        overlay.getChildren().setAll(backdrop, recipe, recall);
        recipe.visibleProperty().bind(viewModel.reminderProperty().isNotNull());
        recall.visibleProperty().bind(viewModel.recallOpenProperty());
        overlay.visibleProperty().bind(recipe.visibleProperty().or(recall.visibleProperty()));
        viewModel.reminderProperty().addListener((observable, before, after) -> {
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
        if (root.getScene() != null) {
            root.getScene().removePostLayoutPulseListener(reportShown);
        }
        if (kioskMode != null) {
            kioskMode.stop();
        }
        viewModel.close();
    }
}
