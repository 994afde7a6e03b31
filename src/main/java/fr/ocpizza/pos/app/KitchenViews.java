package fr.ocpizza.pos.app;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.kitchen.Chime;
import fr.ocpizza.pos.ui.kitchen.KitchenSettings;
import fr.ocpizza.pos.ui.kitchen.KitchenView;
import fr.ocpizza.pos.ui.kitchen.KitchenViewModel;
import fr.ocpizza.pos.ui.kitchen.TicketTexts;
import fr.ocpizza.pos.ui.kitchen.ToneChime;
import java.util.Objects;

/** Builds the pizzaiolo's workspace: the kitchen display of this terminal's pizzeria. */
public final class KitchenViews {

    private final AppContext context;
    private final TaskExecutor executor;
    private final ViewLoader loader;
    private final TerminalSetup setup;
    /** One chime for the application, made at the first kitchen display that rings. UI thread. */
    private Chime chime;

    /** @param setup whether this terminal is a kiosk (the display then runs as one) */
    public KitchenViews(AppContext context, TaskExecutor executor, ViewLoader loader, TerminalSetup setup) {
        this.context = Objects.requireNonNull(context);
        this.executor = Objects.requireNonNull(executor);
        this.loader = Objects.requireNonNull(loader);
        this.setup = Objects.requireNonNull(setup);
    }

    /**
     * The kitchen display of this terminal's pizzeria, live. The pizzaiolo's workspace; a manager
     * of the store may be given one too (the services allow both roles).
     */
    public KitchenView kitchen(StaffPrincipal staff) {
        AppConfig config = context.config();
        KitchenSettings settings = new KitchenSettings(config.kitchenAgeWarn(), config.kitchenAgeLate(),
                config.kitchenSound(), config.kitchenKiosk() || setup.kiosk());
        KitchenViewModel viewModel = new KitchenViewModel(context.kitchen(), context.liveFeed(), executor, staff,
                config.storeId(), settings, context.clock(), settings.sound() ? chime() : Chime.silent(),
                new TicketTexts(loader.messages(), context.storeZone()));
        return loader.load(KitchenView.class, new KitchenView(viewModel)).controller();
    }

    private Chime chime() {
        if (chime == null) {
            chime = new ToneChime();
        }
        return chime;
    }
}
