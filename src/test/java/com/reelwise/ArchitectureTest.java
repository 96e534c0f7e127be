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

    /** The package table in README.md is the map a newcomer reads: every package is in it, with every package it uses. */
    @org.junit.jupiter.api.Test
    void theReadmePackageTableNamesEveryPackageAndWhatItUses() throws java.io.IOException {
        java.util.Map<String, java.util.Set<String>> declared = new java.util.TreeMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| `([a-z]+)` \\| .* \\| (.*) \\|$");
        java.util.Set<String> models = java.util.Set.of("ncf", "text", "sequence", "cluster", "ranker");
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"))) {
            java.util.regex.Matcher m = row.matcher(line);
            if (m.matches()) {
                java.util.Set<String> uses = new java.util.TreeSet<>();
                java.util.regex.Matcher named = java.util.regex.Pattern.compile("`([a-z]+)`").matcher(m.group(2));
                while (named.find()) {
                    uses.add(named.group(1));
                }
                if (m.group(2).contains("the model packages")) {
                    uses.addAll(models);
                }
                declared.put(m.group(1), m.group(2).contains("everything it wires") ? null : uses);
            }
        }
        com.tngtech.archunit.core.domain.JavaClasses classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.reelwise");
        java.util.Map<String, java.util.Set<String>> actual = new java.util.TreeMap<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : classes) {
            String from = topPackage(c.getPackageName());
            if (from == null) {
                continue;
            }
            java.util.Set<String> uses = actual.computeIfAbsent(from, k -> new java.util.TreeSet<>());
            for (com.tngtech.archunit.core.domain.Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = topPackage(d.getTargetClass().getPackageName());
                if (to != null && !to.equals(from)) {
                    uses.add(to);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(declared.keySet()).as("packages in the README table").containsAll(actual.keySet());
        java.util.List<String> undeclared = new java.util.ArrayList<>();
        actual.forEach((pkg, uses) -> {
            java.util.Set<String> allowed = declared.get(pkg);
            if (allowed != null) {
                uses.stream().filter(u -> !allowed.contains(u)).forEach(u -> undeclared.add(pkg + " uses " + u));
            }
        });
        org.assertj.core.api.Assertions.assertThat(undeclared).as("dependencies the README table does not name").isEmpty();
    }

    private static String topPackage(String name) {
        if (!name.startsWith("com.reelwise.")) {
            return null;
        }
        String rest = name.substring("com.reelwise.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
