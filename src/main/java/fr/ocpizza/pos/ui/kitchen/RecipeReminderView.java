package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.RecipeReminder;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The recipe reminder of a line: ingredients of one portion of that size, then the steps. */
final class RecipeReminderView extends VBox {

    private final TicketTexts texts;
    private final Label title = new Label();
    private final GridPane ingredients = new GridPane();
    private final VBox steps = new VBox();

    RecipeReminderView(TicketTexts texts, Runnable onClose) {
        this.texts = texts;
        setId("recipePanel");
        getStyleClass().add(KitchenStyles.RECIPE_PANEL);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        title.setId("recipeTitle");
        title.getStyleClass().add(KitchenStyles.PANEL_TITLE);
        Button close = new Button(texts.messages().get("kitchen.close"));
        close.setId("closeRecipe");
        close.setOnAction(event -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);

        ingredients.setId("recipeIngredients");
        ingredients.getStyleClass().add("recipe-ingredients");
        steps.setId("recipeSteps");
        steps.getStyleClass().add("recipe-steps");
        VBox body = new VBox(section("kitchen.recipe.ingredients"), ingredients, section("kitchen.recipe.steps"), steps);
        body.getStyleClass().add("recipe-body");
        ScrollPane scroller = new ScrollPane(body);
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().setAll(header, scroller);
    }

    void show(RecipeReminder recipe) {
        title.setText(texts.recipeTitle(recipe));
        ingredients.getChildren().clear();
        int row = 0;
        for (RecipeReminder.Ingredient ingredient : recipe.ingredients()) {
            Label quantity = new Label(texts.quantity(ingredient));
            quantity.getStyleClass().add(KitchenStyles.RECIPE_QUANTITY);
            ingredients.addRow(row++, new Label(ingredient.name()), quantity);
        }
        if (recipe.steps().isEmpty()) {
            steps.getChildren().setAll(new Label(texts.messages().get("kitchen.recipe.noSteps")));
            return;
        }
        steps.getChildren().setAll(recipe.steps().stream().map(step -> {
            Label number = new Label(Integer.toString(step.number()));
            number.getStyleClass().add(KitchenStyles.RECIPE_STEP_NUMBER);
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label instruction = new Label(step.instruction());
            instruction.setWrapText(true);
            HBox line = new HBox(number, instruction);
            line.getStyleClass().add("recipe-step");
            return line;
        }).toList());
    }

    private Label section(String key) {
        Label label = new Label(texts.messages().get(key));
        label.getStyleClass().add("recipe-section");
        return label;
    }
}
