package org.jgsw.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the library search independent of the other modules and of web APIs. */
class ModuleBoundariesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.jgsw.search");

  @Test
  void doesNotDependOnOtherModulesOrThePortal() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jgsw.competency..", "org.jgsw.course..", "org.jgsw.portal..")
        .because("the portal maps its documents to this module's API; this module never sees them")
        .check(CLASSES);
  }

  @Test
  void doesNotDependOnWebFrameworks() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.primefaces..")
        .because("searching is called by the portal's web layer, never the other way round")
        .check(CLASSES);
  }

  @Test
  void apiDoesNotExposeTheImplementation() {
    noClasses()
        .that()
        .resideInAPackage("org.jgsw.search.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jgsw.search.internal..")
        .because("callers see only the API; the index behind it may change")
        .check(CLASSES);
  }
}
