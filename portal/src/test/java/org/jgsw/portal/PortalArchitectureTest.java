package org.jgsw.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The portal's own layering: services and entities never reach up into pages or REST. */
class PortalArchitectureTest {

  private static final JavaClasses PORTAL =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jgsw.portal");

  @Test
  void businessPackagesDoNotDependOnWebOrRest() {
    noClasses()
        .that().resideInAnyPackage("org.jgsw.portal.organisation..", "org.jgsw.portal.account..", "org.jgsw.portal.audit..", "org.jgsw.portal.common..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jgsw.portal.web..", "org.jgsw.portal.rest..", "jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
        .check(PORTAL);
  }

  @Test
  void restDoesNotUsePages() {
    noClasses().that().resideInAPackage("org.jgsw.portal.rest..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
        .check(PORTAL);
  }
}
