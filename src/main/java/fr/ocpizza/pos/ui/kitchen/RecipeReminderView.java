package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.LineReminder;
import fr.ocpizza.pos.application.kitchen.RecipeReminder;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The recipe reminder of a line: ingredients of one portion of that size, then the steps. For a
 * half-and-half, the ingredients of each half at half quantities, then each half's steps. The
 * customer's removals are marked "SANS" and struck at zero; extras follow the ingredients with
 * the quantity they add.
 */
final class RecipeReminderView extends VBox {

    /** Node ids of the first recipe's lists; the second half's get {@link #SECOND_HALF} appended. */
    private static final String INGREDIENTS_ID = "recipeIngredients";
    private static final String STEPS_ID = "recipeSteps";
    private static final String SECOND_HALF = "SecondHalf";
    /** Node id of the extras' list. */
    private static final String EXTRAS_ID = "recipeExtras";

    private final TicketTexts texts;
    private final Label title = new Label();
    private final VBox body = new VBox();

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

        body.getStyleClass().add(KitchenStyles.RECIPE_BODY);
        ScrollPane scroller = new ScrollPane(body);
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        getChildren().setAll(header, scroller);
    }

    /**
     * One recipe, or the two halves of a half-and-half (first half first), with the removed
     * toppings struck at zero and the extras after the ingredients.
     */
    void show(LineReminder reminder) {
        List<RecipeReminder> recipes = reminder.recipes();
        title.setText(texts.recipeTitle(recipes));
        List<Node> ingredientSections = new ArrayList<>();
        List<Node> stepSections = new ArrayList<>();
        for (int i = 0; i < recipes.size(); i++) {
            RecipeReminder recipe = recipes.get(i);
            String idSuffix = i == 0 ? "" : SECOND_HALF;
            ingredientSections.add(section(texts.ingredientsHeading(recipe)));
            ingredientSections.add(ingredients(recipe, INGREDIENTS_ID + idSuffix));
            stepSections.add(section(texts.stepsHeading(recipe)));
            stepSections.add(steps(recipe, STEPS_ID + idSuffix));
        }
        if (!reminder.extras().isEmpty()) {
            ingredientSections.add(section(texts.extrasHeading(reminder)));
            ingredientSections.add(extras(reminder));
        }
        List<Node> sections = new ArrayList<>(ingredientSections);
        sections.addAll(stepSections);
        body.getChildren().setAll(sections);
    }

    private GridPane ingredients(RecipeReminder recipe, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add(KitchenStyles.RECIPE_INGREDIENTS);
        int row = 0;
        // The badge column only when there is a removal: a plain recipe keeps its two columns.
        boolean anyRemoved = recipe.ingredients().stream().anyMatch(RecipeReminder.Ingredient::removed);
        for (RecipeReminder.Ingredient ingredient : recipe.ingredients()) {
            Label name = new Label(ingredient.name());
            Label quantity = new Label(texts.quantity(ingredient));
            quantity.getStyleClass().add(KitchenStyles.RECIPE_QUANTITY);
            Label change = new Label();
            if (ingredient.removed()) {
                // An allergy can hide in a removal: it must stand out, not just go missing.
                change.setText(texts.messages().get("kitchen.recipe.removed"));
                change.getStyleClass().add(KitchenStyles.RECIPE_REMOVED_MARK);
                name.getStyleClass().add(KitchenStyles.RECIPE_REMOVED);
                quantity.getStyleClass().add(KitchenStyles.RECIPE_REMOVED);
            }
            if (anyRemoved) {
                grid.addRow(row++, change, name, quantity);
            } else {
                grid.addRow(row++, name, quantity);
            }
        }
        return grid;
    }

    private GridPane extras(LineReminder reminder) {
        GridPane grid = new GridPane();
        grid.setId(EXTRAS_ID);
        grid.getStyleClass().add(KitchenStyles.RECIPE_INGREDIENTS);
        int row = 0;
        for (LineReminder.Extra extra : reminder.extras()) {
            Label mark = new Label(texts.messages().get("kitchen.recipe.added"));
            mark.getStyleClass().add(KitchenStyles.RECIPE_ADDED_MARK);
            Label quantity = new Label(texts.extraQuantity(extra));
            quantity.getStyleClass().addAll(KitchenStyles.RECIPE_QUANTITY, KitchenStyles.RECIPE_ADDED);
            grid.addRow(row++, mark, new Label(extra.name()), quantity);
        }
        return grid;
    }

    private VBox steps(RecipeReminder recipe, String id) {
        VBox steps = new VBox();
        steps.setId(id);
        steps.getStyleClass().add(KitchenStyles.RECIPE_STEPS);
        if (recipe.steps().isEmpty()) {
            steps.getChildren().setAll(new Label(texts.messages().get("kitchen.recipe.noSteps")));
            return steps;
        }
        steps.getChildren().setAll(recipe.steps().stream().map(step -> {
            Label number = new Label(Integer.toString(step.number()));
            number.getStyleClass().add(KitchenStyles.RECIPE_STEP_NUMBER);
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label instruction = new Label(step.instruction());
            instruction.setWrapText(true);
            HBox line = new HBox(number, instruction);
            line.getStyleClass().add(KitchenStyles.RECIPE_STEP);
            return line;
        }).toList());
        return steps;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(KitchenStyles.RECIPE_SECTION);
        return label;
    }
}
