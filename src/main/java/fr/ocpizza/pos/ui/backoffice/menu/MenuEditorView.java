package fr.ocpizza.pos.ui.backoffice.menu;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.menu.MenuProduct;
import fr.ocpizza.pos.application.menu.MenuRecipe;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TypeAhead;
import fr.ocpizza.pos.ui.common.ProgressCue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Controller of {@code MenuEditorView.fxml}: the product list, the price form and the recipe grid. */
public final class MenuEditorView {

    private static final List<BigDecimal> VAT_RATES = List.of(new BigDecimal("5.50"), new BigDecimal("10.00"), new BigDecimal("20.00"));

    private final MenuEditorViewModel viewModel;
    private final Messages messages;

    @FXML private Node root;
    @FXML private ListView<MenuProduct> productList;
    @FXML private Label readOnlyNotice;
    @FXML private Label errorText;
    @FXML private Label noticeText;
    @FXML private Label productTitle;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private GridPane priceGrid;
    @FXML private ComboBox<BigDecimal> vatBox;
    @FXML private CheckBox availableBox;
    @FXML private Button saveProductButton;
    @FXML private GridPane recipeGrid;
    @FXML private ComboBox<Ingredient> ingredientBox;
    @FXML private Button addIngredientButton;
    @FXML private TextArea stepsArea;
    @FXML private Button saveRecipeButton;

    public MenuEditorView(MenuEditorViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = viewModel.messages();
    }

    @FXML
    private void initialize() {
        productList.setItems(viewModel.products());
        TypeAhead.install(productList, MenuProduct::name);
        productList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MenuProduct product, boolean empty) {
                super.updateItem(product, empty);
                setText(empty || product == null ? null : product.available() ? product.name()
                        : messages.get("backoffice.menu.offMenu", product.name()));
            }
        });
        productList.getSelectionModel().selectedItemProperty().addListener((o, before, product) -> {
            if (product != null && product != viewModel.selectedProperty().get()) {
                viewModel.select(product);
            }
        });
        viewModel.selectedProperty().addListener((o, before, product) -> showProduct(product));
        viewModel.recipeProperty().addListener((o, before, recipe) -> rebuildRecipe(recipe));
        viewModel.recipeRows().addListener((ListChangeListener<MenuEditorViewModel.RecipeRow>) change ->
                rebuildRecipe(viewModel.recipeProperty().get()));

        vatBox.getItems().setAll(VAT_RATES);
        vatBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(BigDecimal rate) {
                return rate == null ? "" : rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
            }

            @Override
            public BigDecimal fromString(String text) {
                return null;
            }
        });
        vatBox.valueProperty().bindBidirectional(viewModel.vatRateProperty());
        availableBox.selectedProperty().bindBidirectional(viewModel.availableProperty());
        stepsArea.textProperty().bindBidirectional(viewModel.stepsProperty());
        ingredientBox.setItems(viewModel.ingredients());
        TypeAhead.install(ingredientBox, Ingredient::name);
        ingredientBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Ingredient ingredient) {
                return ingredient == null ? "" : ingredient.name();
            }

            @Override
            public Ingredient fromString(String text) {
                return null;
            }
        });
        addIngredientButton.setOnAction(event -> viewModel.addIngredient(ingredientBox.getValue()));
        saveProductButton.setOnAction(event -> viewModel.saveProduct());
        saveRecipeButton.setOnAction(event -> viewModel.saveRecipe());

        boolean editable = viewModel.canEdit();
        readOnlyNotice.setVisible(!editable);
        readOnlyNotice.setManaged(!editable);
        for (Node control : List.of(vatBox, availableBox, saveProductButton, ingredientBox, addIngredientButton, saveRecipeButton)) {
            control.setDisable(!editable);
        }
        stepsArea.setEditable(editable);
        saveProductButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.selectedProperty().isNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !editable)));
        saveRecipeButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.recipeProperty().isNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !editable)));

        MessageLabels.show(errorText, viewModel.errorProperty());
        MessageLabels.show(noticeText, viewModel.noticeProperty());
        ProgressCue.attach(busyIndicator, viewModel.busyProperty());
        showProduct(null);
        viewModel.load();
    }

    private void showProduct(MenuProduct product) {
        priceGrid.getChildren().clear();
        productTitle.setText(product == null ? messages.get("backoffice.menu.choose") : product.name());
        if (product == null) {
            return;
        }
        int row = 0;
        for (MenuProduct.Size size : product.sizes()) {
            TextField price = new TextField();
            price.setId("price-" + size.sizeCode());
            price.setPrefColumnCount(6);
            price.textProperty().bindBidirectional(viewModel.price(size.productSizeId()));
            price.setEditable(viewModel.canEdit());
            priceGrid.addRow(row++, new Label(messages.get("backoffice.menu.priceOf",
                    "U".equals(size.sizeCode()) ? messages.get("backoffice.menu.singleSize") : size.sizeCode())), price, new Label("€"));
        }
    }

    private void rebuildRecipe(MenuRecipe recipe) {
        recipeGrid.getChildren().clear();
        if (recipe == null) {
            return;
        }
        recipeGrid.add(new Label(messages.get("backoffice.stock.ingredient")), 0, 0);
        for (int c = 0; c < recipe.sizeCodes().size(); c++) {
            recipeGrid.add(new Label(recipe.sizeCodes().get(c)), c + 1, 0);
        }
        int row = 1;
        for (MenuEditorViewModel.RecipeRow line : viewModel.recipeRows()) {
            recipeGrid.add(new Label(line.ingredient().name() + " (" + line.ingredient().unit().symbol() + ")"), 0, row);
            for (int c = 0; c < recipe.sizeCodes().size(); c++) {
                String size = recipe.sizeCodes().get(c);
                TextField quantity = new TextField();
                quantity.setId("qty-" + line.ingredient().id() + "-" + size);
                quantity.setPrefColumnCount(5);
                quantity.textProperty().bindBidirectional(line.quantity(size));
                quantity.setEditable(viewModel.canEdit());
                recipeGrid.add(quantity, c + 1, row);
            }
            Button remove = new Button(messages.get("backoffice.menu.remove"));
            remove.setDisable(!viewModel.canEdit());
            remove.setOnAction(event -> viewModel.removeIngredient(line));
            recipeGrid.add(remove, recipe.sizeCodes().size() + 1, row);
            row++;
        }
    }

    public Node view() {
        return root;
    }
}
