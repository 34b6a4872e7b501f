package org.jgsw.portal.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.ChromiumForClass;
import org.jgsw.portal.it.support.ItSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Shared base of the browser tests: one headless Chromium per test class with a fresh profile in
 * Chinese (the portal's first language), a clean cookie jar before each test, {@link #open} and
 * {@link #login}. Page objects ({@link LoginPage}, {@link PortalPage}) hold the element ids.
 */
@PortalIT
@RunAsClient
abstract class BrowserITBase {

  static final Duration WAIT = Duration.ofSeconds(15);

  @RegisterExtension
  static final ChromiumForClass chromium = ChromiumForClass.named("portal");

  @ArquillianResource URL portal;

  @BeforeEach
  void newSession() {
    // cookies belong to the portal's origin: visit it, then forget the session
    open("/login.xhtml");
    chromium.driver().manage().deleteAllCookies();
  }

  WebDriver driver() {
    return chromium.driver();
  }

  WebDriverWait waiting() {
    return new WebDriverWait(chromium.driver(), WAIT);
  }

  /**
   * Waits until {@code element} has left the page (the page was replaced). Selenium's stalenessOf
   * expects a StaleElementReferenceException, but Chromium sometimes reports a replaced node as
   * "does not belong to the document" instead, which stalenessOf lets through as an error.
   */
  void waitUntilGone(WebElement element) {
    waiting().until(d -> isGone(element));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * Clicks the element {@code by} finds, finding it afresh until a click lands: right after a page
   * load PrimeFaces may still replace elements ("node does not belong to the document").
   */
  WebElement click(By by) {
    return waiting().ignoring(WebDriverException.class).until(d -> {
      WebElement element = d.findElement(by);
      element.click();
      return element;
    });
  }

  /** Opens a page of the portal; {@code path} is relative to the context root. */
  void open(String path) {
    chromium.driver().get(url(path));
  }

  String url(String path) {
    return URI.create(portal.toString().replaceAll("/?$", "/")).resolve(path.startsWith("/") ? path.substring(1) : path).toString();
  }

  /** Signs in through the login page and returns the page the portal lands on. */
  PortalPage login(String username, String password) {
    open("/login.xhtml");
    return new LoginPage(this).signIn(username, password);
  }

  /** Saves {@code screenshots/<name>.png} under the build directory, for people to look at. */
  void screenshot(String name) {
    try {
      Path dir = Files.createDirectories(ItSettings.screenshotDir());
      File shot = ((TakesScreenshot) chromium.driver()).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
