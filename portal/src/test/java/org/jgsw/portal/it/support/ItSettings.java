package org.jgsw.portal.it.support;

import java.nio.file.Path;

/**
 * Settings of the integration suite. Failsafe passes them as system properties (portal/pom.xml); the
 * defaults let a single IT class run from an IDE after {@code mvn package} in {@code portal/}.
 */
public final class ItSettings {

  private ItSettings() {}

  /** The build directory of the portal module ({@code ${project.build.directory}}). */
  public static Path buildDir() {
    return Path.of(System.getProperty("it.build.dir", "target")).toAbsolutePath();
  }

  public static Path war() {
    return Path.of(System.getProperty("it.war", buildDir().resolve("portal.war").toString()));
  }

  public static Path payaraMicroJar() {
    return Path.of(System.getProperty("payara.microJar", buildDir().resolve("payara-micro.jar").toString()));
  }

  /** Parent of every server's data directory; failsafe's pre-integration-test step empties it. */
  public static Path dataDir() {
    return Path.of(System.getProperty("it.data.dir", buildDir().resolve("it-data").toString()));
  }

  public static Path screenshotDir() {
    return buildDir().resolve("screenshots");
  }

  /** JVM options for Payara Micro processes the tests start themselves (heap). */
  public static String serverOpts() {
    return System.getProperty("it.server.opts", "-Xmx768m");
  }

  /** Database leg of this failsafe execution: {@code h2} or {@code postgres}. */
  public static String leg() {
    return System.getProperty("it.leg", System.getProperty("arquillian.launch", "h2"));
  }

  public static String pgUrl() {
    return System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=portal_it");
  }

  public static String pgUser() {
    return System.getProperty("it.pg.user", "postgres");
  }

  public static String pgPassword() {
    return System.getProperty("it.pg.password", "");
  }

  public static String chromiumBinary() {
    return System.getProperty("it.chromium.binary", "/usr/bin/chromium");
  }

  public static String chromedriver() {
    return System.getProperty("it.chromedriver", "/usr/bin/chromedriver");
  }

  public static boolean browserTestsSkipped() {
    return Boolean.getBoolean("it.browser.skip");
  }

  /** True on the CI machine ({@code .ci/run} runs with {@code CI=true}). */
  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
