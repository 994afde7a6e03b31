package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MenuCommandTest {

    @RegisterExtension
    static final SeededCli cli = new SeededCli();

    @Test
    void tableFlagsTheBurrataAtStore5AndLetsTheMargheritaThrough() {
        CliRunner.Result result = cli.run("menu", "availability", "--store", "5");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).isEqualTo("Store 5 OC Pizza Marais: what can be made now");
        List<String> burrata = rowsOf(result, "Burrata ");
        List<String> margherita = rowsOf(result, "Margherita ");
        assertThat(burrata).hasSize(3).allSatisfy(row -> assertThat(row)
                .containsPattern("\\s0\\s+Burrata des Pouilles\\s+CANNOT BE MADE$"));
        assertThat(margherita).hasSize(3).noneMatch(row -> row.contains("CANNOT BE MADE"))
                .allMatch(row -> row.matches("Margherita\\s+[SML]\\s+\\d+\\.\\d{2}\\s+[1-9]\\d*\\s+\\S.*"));
        assertThat(result.out()).contains("3 of ").contains(" items cannot be made now");
    }

    @Test
    void csvGivesPortionsAndTheLimitingIngredient() {
        CliRunner.Result result = cli.run("menu", "availability", "--store", "5", "--csv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0))
                .isEqualTo("product_code,product,category,size,price_eur,portions,limiting_ingredient,can_be_made");
        assertThat(result.outLines()).contains("burrata,Burrata,PIZZA,M,17.50,0,Burrata des Pouilles,false");
        assertThat(result.outLines())
                .anyMatch(line -> line.matches("margherita,Margherita,PIZZA,M,11\\.50,[1-9]\\d*,[^,]+,true"));
    }

    @Test
    void anotherStoreCanMakeTheBurrata() {
        CliRunner.Result result = cli.run("menu", "availability", "--store", "1", "--csv");

        assertThat(result.outLines()).anyMatch(line -> line.matches("burrata,Burrata,PIZZA,M,17\\.50,[1-9]\\d*,.*,true"));
    }

    private static List<String> rowsOf(CliRunner.Result result, String product) {
        return result.outLines().stream().filter(line -> line.startsWith(product)).toList();
    }
}
