package org.jgsw.portal.it.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.HeadlessChromium;
import org.jgsw.portal.it.support.ItSettings;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The library journey in a browser (h2 leg): search by colloquial term, drill down by a facet,
 * open a repealed document and follow the link to its replacement. Screenshots for people.
 */
@PortalIT
@RunAsClient
class LibrarySearchPageIT {

  private static WebDriver driver;
  private static HeadlessChromium browser;

  @ArquillianResource URL portal;

  @BeforeAll
  static void startBrowser() {
    assumeFalse(ItSettings.browserTestsSkipped(), "browser tests switched off");
    assumeTrue("h2".equals(ItSettings.leg()), "browser tests run in the h2 leg");
    browser = HeadlessChromium.start("library", 1280, 1000);
    driver = browser.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
      driver = null;
    }
  }

  private void open(String path) {
    driver.get(portal.toString().replaceAll("/?$", "/") + path);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @Test
  void searchDrillDownAndFollowAReplacement() throws IOException {
    open("login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(Caller.STAFF.username());
    driver.findElement(By.id("loginForm:password")).sendKeys(Caller.STAFF.password());
    driver.findElement(By.id("loginForm:submit")).click();
    waiting().until(ExpectedConditions.urlContains("/home.xhtml"));

    open("library/index.xhtml");
    driver.findElement(By.id("searchForm:q_input")).sendKeys("公车");
    driver.findElement(By.id("searchForm:go")).click();
    waiting().until(ExpectedConditions.urlContains("q="));
    assertThat(driver.findElement(By.className("lib-total")).getText()).startsWith("共");
    assertThat(driver.findElements(By.cssSelector(".lib-hit mark"))).isNotEmpty();
    screenshot("library-search");

    driver.findElement(By.cssSelector("a.facet-link[data-facet='status'][data-value='REPEALED']")).click();
    waiting().until(ExpectedConditions.urlContains("status=REPEALED"));
    assertThat(driver.findElements(By.cssSelector(".lib-hit"))).isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.getAttribute("class")).contains("status-REPEALED"));
    assertThat(driver.findElement(By.cssSelector(".lib-hit .repealed-banner")).getText()).contains("已废止");

    driver.findElement(By.cssSelector(".lib-hit .hit-title")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("repealedBanner")));
    assertThat(driver.findElement(By.id("statusBadge")).getText()).isEqualTo("已废止");
    assertThat(driver.findElements(By.cssSelector(".doc-toc li"))).isNotEmpty();
    screenshot("library-document-repealed");

    driver.findElement(By.id("replacementLink")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("statusBadge")));
    assertThat(driver.findElement(By.id("statusBadge")).getText()).isIn("现行有效", "即将实施");
  }

  private void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(ItSettings.screenshotDir());
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
