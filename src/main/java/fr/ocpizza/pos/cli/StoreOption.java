package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.store.StoreDirectory;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --store N}, shared by the commands that work on one pizzeria. */
final class StoreOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private int storeId;

    @Option(names = "--store", paramLabel = "N", required = true,
            description = "The store number (store.id), e.g. 1 for OC Pizza Bastille in the demo chain.")
    void setStoreId(int value) {
        if (value < 1) {
            throw new ParameterException(mixee.commandLine(),
                    "Invalid value for option '--store': " + value + " is not a store number, they start at 1");
        }
        storeId = value;
    }

    /**
     * The store number, once checked against the database. An unknown store is a usage error
     * (exit 2) naming the stores that exist.
     */
    int existingIn(CliSession session) {
        List<StoreDirectory.Store> stores = session.stores().all();
        if (stores.stream().noneMatch(store -> store.id() == storeId)) {
            throw new ParameterException(mixee.commandLine(), "Store " + storeId + " does not exist: stores are "
                    + StoreDirectory.describeIds(stores));
        }
        return storeId;
    }
}
