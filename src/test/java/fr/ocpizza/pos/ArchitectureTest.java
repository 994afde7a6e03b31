package fr.ocpizza.pos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The directions the code may depend in: {@code ui → application → domain}, persistence
 * below the application only, the composition root ({@code app}) above everything
 * (docs/decisions/0006-desktop-ui-mvvm-and-threads.md).
 */
@AnalyzeClasses(packages = "fr.ocpizza.pos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule uiNeverReachesPersistence = noClasses()
            .that().resideInAPackage("fr.ocpizza.pos.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.ocpizza.pos.persistence..", "org.hibernate..", "jakarta.persistence..")
            .because("screens get records from the application services, never managed entities or sessions");

    @ArchTest
    static final ArchRule uiDoesNotKnowTheCompositionRoot = noClasses()
            .that().resideInAPackage("fr.ocpizza.pos.ui..")
            .should().dependOnClassesThat().resideInAPackage("fr.ocpizza.pos.app..")
            .because("view models receive their services through their constructors (app builds them)");

    @ArchTest
    static final ArchRule domainAndApplicationKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("fr.ocpizza.pos.domain..", "fr.ocpizza.pos.application..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the rules and use cases also serve the command line and the tests, with no screen");

    @ArchTest
    static final ArchRule domainKnowsNoPersistence = noClasses()
            .that().resideInAPackage("fr.ocpizza.pos.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.hibernate..", "jakarta.persistence..", "fr.ocpizza.pos.persistence..")
            .because("the domain is plain Java: prices, stock and order rules tested without a database");
}
