package fr.ocpizza.pos;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.ocpizza.pos.config.LogSettings;

/**
 * Every direction of the "may use" table of docs/architecture.md, one rule per layer: a layer
 * lists the packages of ours it may use, anything else of ours is refused (a new top-level
 * package therefore has to be placed in the table before anyone uses it). The composition root
 * ({@code app}) may use everything and nothing else may use it. The screens of one workspace
 * ({@code ui.counter}, {@code ui.kitchen}, {@code ui.backoffice}, {@code ui.receipt}, …) know
 * the others only through {@code ui.common} and {@code ui.shell}. Each exemption is a named
 * constant below with its reason.
 *
 * <p>A rule whose "that" matches no class fails (ArchUnit's {@code failOnEmptyShould}), so a
 * package renamed away from these patterns cannot leave a rule silently checking nothing.
 */
@AnalyzeClasses(packages = "fr.ocpizza.pos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String OURS = "fr.ocpizza.pos..";
    private static final String APP = "fr.ocpizza.pos.app..";
    private static final String APPLICATION = "fr.ocpizza.pos.application..";
    private static final String APPLICATION_LIVE = "fr.ocpizza.pos.application.live..";
    private static final String APPLICATION_SUPERVISION = "fr.ocpizza.pos.application.supervision..";
    private static final String CLI = "fr.ocpizza.pos.cli..";
    private static final String CONCURRENT = "fr.ocpizza.pos.concurrent..";
    private static final String CONFIG = "fr.ocpizza.pos.config..";
    private static final String DOMAIN = "fr.ocpizza.pos.domain..";
    private static final String EVENTS = "fr.ocpizza.pos.events..";
    private static final String PERSISTENCE = "fr.ocpizza.pos.persistence..";
    private static final String SIMULATION = "fr.ocpizza.pos.simulation..";
    private static final String UI = "fr.ocpizza.pos.ui..";
    private static final String UI_COMMON = "fr.ocpizza.pos.ui.common..";
    private static final String UI_SHELL = "fr.ocpizza.pos.ui.shell..";

    /**
     * Named exemption: the counter (order entry, and the orders of the day in
     * {@code ui.counter.board}) prints and reprints the customer's receipt. {@code ui.receipt} is
     * the 80 mm layout and its printer, with no screen of its own; no other workspace prints.
     * Moving it into {@code ui.counter} would hide that a receipt is its own piece (fiscal
     * receipts will change it alone); making it "common" would let the kitchen print.
     */
    private static final DescribedPredicate<JavaClass> COUNTER = resideInAPackage("fr.ocpizza.pos.ui.counter..");
    private static final DescribedPredicate<JavaClass> RECEIPT = resideInAPackage("fr.ocpizza.pos.ui.receipt..");

    @ArchTest
    static final ArchRule domainUsesOnlyTheJdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is plain Java (no JavaFX, Hibernate or other layer of ours): prices, stock and"
                    + " order rules tested without a database or a screen");

    @ArchTest
    static final ArchRule concurrentUsesOnlyTheJdk = classes()
            .that().resideInAPackage(CONCURRENT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CONCURRENT, "java..")
            .because("every layer makes its background threads with it, so it may know none of them");

    @ArchTest
    static final ArchRule configUsesNothingOfOurs = mayUseOnly(CONFIG)
            .because("settings are read before anything else starts, by the terminal, the CLI and the database alike");

    @ArchTest
    static final ArchRule onlyLogSettingsKnowsLogback = noClasses()
            .that().resideInAPackage(CONFIG).and().doNotBelongToAnyOf(LogSettings.class)
            .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
            .because("the code logs through SLF4J; only LogSettings sets logback's folder and level");

    @ArchTest
    static final ArchRule applicationUsesDomainPersistenceAndThreadsOnly =
            mayUseOnly(APPLICATION, DOMAIN, PERSISTENCE, CONCURRENT)
                    .because("a use case owns its transaction and returns records; it never knows the screens, the"
                            + " event bus (it writes the outbox, the relay publishes), the CLI, the settings files"
                            + " or the composition root");

    @ArchTest
    static final ArchRule applicationKnowsNoJavaFx = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the use cases also serve the command line and the tests, with no screen");

    @ArchTest
    static final ArchRule persistenceUsesDomainConfigAndThreadsOnly = mayUseOnly(PERSISTENCE, DOMAIN, CONFIG, CONCURRENT)
            .because("the database layer is below the use cases: it never calls a service, a screen, the event"
                    + " bus or the CLI");

    @ArchTest
    static final ArchRule eventsUsesOnlyTheApplicationPortsAndTheDatabase =
            mayUseOnly(EVENTS, APPLICATION_LIVE, APPLICATION_SUPERVISION, PERSISTENCE, DOMAIN, CONCURRENT)
                    .because("the bus implements the ports the application declares (application.live for the"
                            + " feed, application.supervision for heartbeats) and the relay reads the outbox;"
                            + " it never knows a screen, the CLI, the settings files or the composition root");

    /**
     * Named exemption: the online shop spells event types and topics with the one event vocabulary
     * ({@code application.live.EventType} and {@code EventTopic}: names only, pinned to
     * docs/events.md by their own test) instead of string literals of its own.
     */
    private static final DescribedPredicate<HasName> EVENT_VOCABULARY =
            nameMatching("fr\\.ocpizza\\.pos\\.application\\.live\\.Event(Type|Topic)(\\$.*)?")
                    .as("the event vocabulary (application.live.EventType, EventTopic)");

    @ArchTest
    static final ArchRule simulationUsesNothingOfOursButThreadsAndEventNames = noClasses()
            .that().resideInAPackage(SIMULATION)
            .should().dependOnClassesThat(resideInAPackage(OURS)
                    .and(not(resideInAnyPackage(SIMULATION, CONCURRENT)))
                    .and(not(EVENT_VOCABULARY))
                    .as("are ours but outside " + SIMULATION + ", " + CONCURRENT + " and " + EVENT_VOCABULARY.getDescription()))
            .because("the online shop writes by docs/schema.md with plain JDBC, on purpose without the terminal's"
                    + " services, so that it also checks that contract");

    @ArchTest
    static final ArchRule cliNeverReachesTheScreens = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(UI, "javafx..")
            .because("the command line runs on servers with no display");

    @ArchTest
    static final ArchRule uiUsesApplicationDomainAndThreadsOnly = mayUseOnly(UI, APPLICATION, DOMAIN, CONCURRENT)
            .because("screens get records from the application services and live events through the"
                    + " application.live port; they never see the database, the bus, the settings files, the"
                    + " CLI or the composition root that builds them");

    @ArchTest
    static final ArchRule uiCommonKnowsNoWorkspace = noClasses()
            .that().resideInAPackage(UI_COMMON)
            .should().dependOnClassesThat(resideInAPackage(UI).and(not(resideInAPackage(UI_COMMON)))
                    .as("are in another ui package"))
            .because("every workspace and the shell build on ui.common; it cannot build on them");

    @ArchTest
    static final ArchRule uiNeverReachesHibernate = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
            .because("screens get records from the application services, never managed entities or sessions");

    @ArchTest
    static final ArchRule nothingButTheCompositionRootUsesIt = noClasses()
            .that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("app wires everything with plain constructors; what it builds receives its parts, it never"
                    + " asks for them");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching("fr.ocpizza.pos.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiFeaturesKnowEachOtherOnlyThroughCommonAndShell = slices()
            .matching("fr.ocpizza.pos.ui.(*)..")
            .namingSlices("ui.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage(UI), resideInAnyPackage(UI_COMMON, UI_SHELL))
            .ignoreDependency(COUNTER, RECEIPT)
            .because("a workspace (counter, kitchen, back office…) changes without touching another;"
                    + " what they share lives in ui.common (tasks, live reloads, dialogs) or ui.shell (the"
                    + " workspace frame). Named exemption: the counter uses ui.receipt to print receipts (ArchitectureTest.COUNTER)");

    /** No class of {@code layer} depends on a class of ours outside {@code layer} and {@code allowed}. */
    private static ArchRule mayUseOnly(String layer, String... allowed) {
        String[] own = new String[allowed.length + 1];
        own[0] = layer;
        System.arraycopy(allowed, 0, own, 1, allowed.length);
        return noClasses()
                .that().resideInAPackage(layer)
                .should().dependOnClassesThat(resideInAPackage(OURS).and(not(resideInAnyPackage(own)))
                        .as("are ours but outside " + String.join(", ", own)));
    }
}
