package vn.tdkt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {
    private static final Pattern FEATURE_UI = Pattern.compile("vn\\.tdkt\\.([a-z]+)\\.ui(\\..*)?");
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tdkt");
    }

    @Test
    void javaFxStaysInUiPackages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(main);
    }

    @Test
    void jooqStaysInRepositoriesAndTheDatabaseLayer() {
        noClasses().that().resideOutsideOfPackage("vn.tdkt.db..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.tdkt.db.jooq..")
                .check(main);
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("vn.tdkt.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.tdkt.core..", "java..", "javax..")
                .check(main);
    }

    /** The engine knows no feature: features hand it an {@code Issuer} and their {@code FormSource}s, never the reverse. */
    @Test
    void theDocumentEngineImportsNoFeature() {
        classes().that().resideInAPackage("vn.tdkt.doc..")
                .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("outside the app or in doc, core or db",
                        (JavaClass c) -> !c.getPackageName().startsWith("vn.tdkt.") || c.getPackageName().startsWith("vn.tdkt.doc")
                                || c.getPackageName().startsWith("vn.tdkt.core") || c.getPackageName().startsWith("vn.tdkt.db")))
                .check(main);
    }

    @Test
    void servicesDoNotReachIntoTheShell() {
        noClasses().that().resideOutsideOfPackages("..ui..", "vn.tdkt.frame..")
                .and().resideOutsideOfPackage("vn.tdkt")
                .and().haveSimpleNameNotEndingWith("Feature")
                .should().dependOnClassesThat().resideInAPackage("vn.tdkt.ui..")
                .check(main);
    }

    /** Each top-level package is a slice; a feature plugs in through the root, so nothing loops back. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("vn.tdkt.(*)..").should().beFreeOfCycles().check(main);
    }

    /**
     * The root composes; everything else gets the services it uses by constructor, never the whole
     * context. The crash harness (soak) opens whole data folders in child processes as the root does.
     */
    @Test
    void onlyTheRootKnowsTheAppContext() {
        noClasses().that().resideOutsideOfPackages("vn.tdkt", "vn.tdkt.soak")
                .should().dependOnClassesThat().haveFullyQualifiedName(AppContext.class.getName())
                .check(main);
    }

    @Test
    void noFeatureDependsOnAnotherFeaturesUi() {
        classes().that().resideOutsideOfPackage("vn.tdkt.ui")
                .should(new ArchCondition<>("not depend on another feature's ui package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = origin.getPackageName();
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Matcher target = FEATURE_UI.matcher(dependency.getTargetClass().getPackageName());
                            if (target.matches() && !own.startsWith("vn.tdkt." + target.group(1))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(main);
    }
}
