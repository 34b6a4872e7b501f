package org.jgsw.portal.it.support;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for all tests of a browser-test class, as a JUnit extension:
 * {@code @RegisterExtension static final ChromiumForClass chromium = ChromiumForClass.named("match");}.
 * Skips the class with {@code -Dit.browser.skip=true} (or outside the named database leg).
 */
public final class ChromiumForClass implements BeforeAllCallback, AfterAllCallback {

  private final String name;
  private final int width;
  private final int height;
  private final String leg;
  private HeadlessChromium browser;

  private ChromiumForClass(String name, int width, int height, String leg) {
    this.name = name;
    this.width = width;
    this.height = height;
    this.leg = leg;
  }

  /** A 1280×900 window; {@code name} labels the temporary profile. */
  public static ChromiumForClass named(String name) {
    return new ChromiumForClass(name, 1280, 900, null);
  }

  public ChromiumForClass size(int newWidth, int newHeight) {
    return new ChromiumForClass(name, newWidth, newHeight, leg);
  }

  /** Runs the class only in this integration leg (for classes the PostgreSQL leg also picks up). */
  public ChromiumForClass onlyInLeg(String value) {
    return new ChromiumForClass(name, width, height, value);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    assumeFalse(ItSettings.browserTestsSkipped(), "browser tests switched off with -Dit.browser.skip=true");
    if (leg != null) {
      assumeTrue(leg.equals(ItSettings.leg()), "browser tests run in the " + leg + " leg");
    }
    browser = HeadlessChromium.start(name, width, height);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  public WebDriver driver() {
    return browser.driver();
  }
}
