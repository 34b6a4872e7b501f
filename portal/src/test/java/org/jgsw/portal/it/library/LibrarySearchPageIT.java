package org.jgsw.portal.it.library;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jgsw.portal.it.support.ChromiumForClass;
import org.jgsw.portal.it.support.ItSettings;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The library journey in a browser (h2 leg): search by colloquial term, drill down by a facet,
 * open a repealed document and follow the link to its replacement. Screenshots for people.
 */
@PortalIT
@RunAsClient
class LibrarySearchPageIT {

  @RegisterExtension
  static final ChromiumForClass chromium = ChromiumForClass.named("library").size(1280, 1000).onlyInLeg("h2");

  @ArquillianResource URL portal;

  private void open(String path) {
    chromium.driver().get(portal.toString().replaceAll("/?$", "/") + path);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(chromium.driver(), Duration.ofSeconds(15));
  }

  @Test
  void searchDrillDownAndFollowAReplacement() throws IOException {
    open("login.xhtml");
    chromium.driver().findElement(By.id("loginForm:username")).sendKeys(Caller.STAFF.username());
    chromium.driver().findElement(By.id("loginForm:password")).sendKeys(Caller.STAFF.password());
    chromium.driver().findElement(By.id("loginForm:submit")).click();
    waiting().until(ExpectedConditions.urlContains("/home.xhtml"));

    open("library/index.xhtml");
    chromium.driver().findElement(By.id("searchForm:q_input")).sendKeys("公车");
    chromium.driver().findElement(By.id("searchForm:go")).click();
    waiting().until(ExpectedConditions.urlContains("q="));
    assertThat(chromium.driver().findElement(By.className("lib-total")).getText()).startsWith("共");
    assertThat(chromium.driver().findElements(By.cssSelector(".lib-hit mark"))).isNotEmpty();
    screenshot("library-search");

    chromium.driver().findElement(By.cssSelector("a.facet-link[data-facet='status'][data-value='REPEALED']")).click();
    waiting().until(ExpectedConditions.urlContains("status=REPEALED"));
    assertThat(chromium.driver().findElements(By.cssSelector(".lib-hit"))).isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.getAttribute("class")).contains("status-REPEALED"));
    assertThat(chromium.driver().findElement(By.cssSelector(".lib-hit .repealed-banner")).getText()).contains("已废止");

    chromium.driver().findElement(By.cssSelector(".lib-hit .hit-title")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("repealedBanner")));
    assertThat(chromium.driver().findElement(By.id("statusBadge")).getText()).isEqualTo("已废止");
    assertThat(chromium.driver().findElements(By.cssSelector(".doc-toc li"))).isNotEmpty();
    screenshot("library-document-repealed");

    chromium.driver().findElement(By.id("replacementLink")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("statusBadge")));
    assertThat(chromium.driver().findElement(By.id("statusBadge")).getText()).isIn("现行有效", "即将实施");
  }

  private void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(ItSettings.screenshotDir());
    File shot = ((TakesScreenshot) chromium.driver()).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
