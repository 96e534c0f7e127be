package com.reelwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DJL types (NDArray, NDManager, Model...) stay inside the package: its public API speaks plain Java. */
class TextPackageBoundaryTest {

    @Test
    void public_api_exposes_no_djl_types() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.reelwise.text");
        List<String> leaks = new ArrayList<>();
        for (JavaClass type : classes) {
            // OnnxProto is protoc output; it only mentions protobuf types
            if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.getName().contains("OnnxProto")) {
                continue;
            }
            type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
                if (m.getRawReturnType().getName().startsWith("ai.djl")
                        || m.getRawParameterTypes().stream().anyMatch(p -> p.getName().startsWith("ai.djl"))) {
                    leaks.add(m.getFullName());
                }
            });
            type.getConstructors().stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(c -> c.getRawParameterTypes().stream().anyMatch(p -> p.getName().startsWith("ai.djl")))
                    .forEach(c -> leaks.add(c.getFullName()));
        }
        assertThat(classes.contain(SentenceEncoder.class)).isTrue();
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_package_never_touches_the_ui() {
        JavaClasses classes = new ClassFileImporter().importPackages("com.reelwise.text");
        List<String> uiDependencies = classes.stream()
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getName())
                .filter(name -> name.startsWith("com.vaadin"))
                .toList();
        assertThat(uiDependencies).isEmpty();
    }
}
