package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.Styles;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A product of the counter's menu as a button: name, price, what the stock allows, its state as pseudo-classes. */
final class TileButton {

    /** The text inside a tile wraps at this width (the tile is 146 px wide in counter.css). */
    private static final double TEXT_WIDTH = 124;

    private TileButton() {
    }

    /**
     * @param firstMatch the product Enter in the search would add
     * @param onTouch    forwards the touch to the view model
     */
    static Button of(ProductTile tile, boolean firstMatch, Messages messages, Runnable onTouch) {
        Label name = new Label(tile.name());
        name.getStyleClass().add(Styles.TILE_NAME);
        name.setWrapText(true);
        Label price = new Label(tile.price().format(messages.locale()));
        price.getStyleClass().add(Styles.TILE_PRICE);
        Label stock = new Label(switch (tile.state()) {
            case OUT -> tile.missingIngredient() == null ? messages.get("counter.tile.out")
                    : messages.get("counter.tile.missing", tile.missingIngredient());
            case NEARLY_OUT -> messages.get("counter.tile.left", tile.portions());
            case OFF_MENU -> messages.get("counter.tile.offMenu");
            case AVAILABLE -> "";
        });
        stock.getStyleClass().add(Styles.TILE_STOCK);
        stock.setWrapText(true);
        // A wrapping label wraps only at a width it is given: "Quatre fromages" on two lines.
        for (Label text : List.of(name, stock)) {
            text.setPrefWidth(TEXT_WIDTH);
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(2, name, price, stock);
        content.setPrefWidth(TEXT_WIDTH);
        content.setMaxWidth(TEXT_WIDTH);
        Button button = new Button(null, content);
        button.setId("tile-" + tile.size().productCode() + "-" + tile.size().sizeCode());
        button.getStyleClass().add(Styles.PRODUCT_TILE);
        button.pseudoClassStateChanged(Styles.FIRST_MATCH, firstMatch);
        button.pseudoClassStateChanged(Styles.OUT, tile.state() == ProductTile.State.OUT);
        button.pseudoClassStateChanged(Styles.NEARLY_OUT, tile.state() == ProductTile.State.NEARLY_OUT);
        button.pseudoClassStateChanged(Styles.OFF_MENU, tile.state() == ProductTile.State.OFF_MENU);
        button.setFocusTraversable(false);
        button.setOnAction(event -> onTouch.run());
        return button;
    }
}
