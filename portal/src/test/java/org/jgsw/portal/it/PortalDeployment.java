package org.jgsw.portal.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jgsw.portal.it.support.ItSettings;

/**
 * The one deployment of the integration suite: the WAR exactly as built, at {@code /portal}.
 * The suite extension ({@code arquillian.xml}, qualifier {@code suite}) deploys it once per
 * failsafe execution, so every IT class of a leg talks to the same server and database, which
 * already holds the demo data: tests create what they need with unique names and never assume an
 * empty database.
 */
@ArquillianSuiteDeployment
public class PortalDeployment {

  @Deployment(testable = false)
  public static WebArchive portal() {
    File war = ItSettings.war().toFile();
    if (!war.isFile()) {
      throw new IllegalStateException("No WAR at " + war + ": run the integration tests through `mvn verify`");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
