package org.closeread;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the dependency directions of docs/architecture.md: lesson → article; quiz → lesson; analysis → nothing. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.closeread");

    @Test
    void nothing_depends_on_a_view_package() {
        // Our view packages only: Vaadin has "ui" packages of its own (@Push names shared.ui.Transport).
        noClasses().that().resideOutsideOfPackages("org.closeread..ui..")
                .and().doNotHaveFullyQualifiedName("org.closeread.security.SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("org.closeread..ui..")
                .because("views sit on top; services and domain never call them")
                .check(CLASSES);
    }

    @Test
    void features_do_not_use_each_others_views() {
        slices().matching("org.closeread.(*).ui..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(
                        "org.closeread.base.ui.."))
                .check(CLASSES);
    }

    @Test
    void the_article_feature_depends_on_no_other_feature() {
        noClasses().that().resideInAPackage("org.closeread.article..")
                .should().dependOnClassesThat().resideInAnyPackage("org.closeread.lesson..", "org.closeread.quiz..",
                        "org.closeread.classroom..", "org.closeread.authoring..", "org.closeread.analysis..")
                .check(CLASSES);
    }

    @Test
    void lessons_do_not_know_quizzes_classes_or_authoring() {
        noClasses().that().resideInAPackage("org.closeread.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("org.closeread.quiz..",
                        "org.closeread.classroom..", "org.closeread.authoring..", "org.closeread.analysis..")
                .check(CLASSES);
    }

    @Test
    void quizzes_do_not_know_classes_or_authoring() {
        noClasses().that().resideInAPackage("org.closeread.quiz..")
                .should().dependOnClassesThat().resideInAnyPackage("org.closeread.classroom..",
                        "org.closeread.authoring..")
                .check(CLASSES);
    }

    @Test
    void analysis_is_plain_java_and_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.closeread.analysis")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..", "org.closeread.article..", "org.closeread.lesson..",
                        "org.closeread.quiz..", "org.closeread.classroom..", "org.closeread.authoring..")
                .check(CLASSES);
    }

    @Test
    void feature_roots_are_free_of_vaadin() {
        noClasses().that().resideInAnyPackage("org.closeread.article", "org.closeread.lesson", "org.closeread.quiz",
                        "org.closeread.classroom", "org.closeread.authoring")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_services_of_their_feature() {
        noClasses().that().haveSimpleNameNotEndingWith("Service").and().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Store")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("org.closeread.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
