package com.reelwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering the style guide asks for (../shared/STYLE.md, beside the project), held by the build rather than by review. */
@AnalyzeClasses(packages = "com.reelwise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] MODEL_AND_DATA = {"com.reelwise.catalog..", "com.reelwise.search..", "com.reelwise.ratings..",
            "com.reelwise.ncf..", "com.reelwise.text..", "com.reelwise.eval..", "com.reelwise.recommend..", "com.reelwise.cluster..", "com.reelwise.fetch.."};

    @ArchTest
    static final ArchRule modelsAndDataKnowNothingOfTheWeb = noClasses().that().resideInAnyPackage(MODEL_AND_DATA)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "com.reelwise.ui..", "com.reelwise.api..",
                    "org.springframework.web..")
            .because("models and data must be usable from the training command, the harness and tests alone");

    @ArchTest
    static final ArchRule webLayersDoNotTouchNativeArrays = noClasses().that().resideInAnyPackage("com.reelwise.ui..", "com.reelwise.api..", "com.reelwise.config..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.djl.ndarray..")
            .because("NDArrays live in per-request managers inside the model packages and never leave them");

    @ArchTest
    static final ArchRule catalogDoesNotKnowSearch = noClasses().that().resideInAPackage("com.reelwise.catalog..")
            .should().dependOnClassesThat().resideInAPackage("com.reelwise.search..");

    /** Dependencies flow one way: the methods a person can choose live in recommend, which reads cluster's model, never back. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("com.reelwise.(*)..").should().beFreeOfCycles();
}
