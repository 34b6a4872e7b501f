package org.jgsw.course;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps course content independent of the other modules and its domain free of web APIs. */
class ModuleBoundariesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.jgsw.course");

  @Test
  void doesNotDependOnOtherModulesOrThePortal() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jgsw.competency..", "org.jgsw.search..", "org.jgsw.portal..")
        .because("modules meet only in the portal's adapter package, through this module's ports")
        .check(CLASSES);
  }

  @Test
  void domainDoesNotDependOnWebFrameworks() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.primefaces..")
        .because("domain rules must be testable without a container")
        .check(CLASSES);
  }

  @Test
  void domainDoesNotDependOnOuterLayers() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jgsw.course.application..", "org.jgsw.course.infrastructure..")
        .because("the application and infrastructure layers depend on the domain, not the reverse")
        .check(CLASSES);
  }
}
