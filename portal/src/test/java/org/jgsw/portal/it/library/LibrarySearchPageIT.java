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
 * open a repealed document and follow the link to its replacement; a search that finds nothing; the
 * librarian's editor. Screenshots for people.
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

  private void signIn(Caller caller) {
    chromium.driver().manage().deleteAllCookies();
    open("login.xhtml");
    chromium.driver().findElement(By.id("loginForm:username")).sendKeys(caller.username());
    chromium.driver().findElement(By.id("loginForm:password")).sendKeys(caller.password());
    chromium.driver().findElement(By.id("loginForm:submit")).click();
    waiting().until(ExpectedConditions.urlContains("/home.xhtml"));
  }

  @Test
  void searchDrillDownAndFollowAReplacement() throws IOException {
    signIn(Caller.STAFF);

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
    assertThat(chromium.driver().findElement(By.className("doc-updated")).getText())
        .as("the last change to the minute, not a raw timestamp").matches("最后修改 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} · .+");

    open("library/index.xhtml");
    chromium.driver().findElement(By.id("searchForm:q_input")).sendKeys("咕噜咕噜没有的词");
    chromium.driver().findElement(By.id("searchForm:go")).click();
    waiting().until(ExpectedConditions.urlContains("q="));
    assertThat(chromium.driver().findElement(By.className("lib-total")).getText()).startsWith("共 0");
    assertThat(chromium.driver().findElements(By.cssSelector("section.lib-facet")))
        .as("no empty facet headings").extracting(e -> e.getAttribute("id")).containsExactly("facet-competency");
    screenshot("library-search-nothing");
  }

  @Test
  void theEditorsDateFieldsHaveTheirCalendarButtonBesideTheInput() throws IOException {
    signIn(Caller.LIBRARIAN);
    open("library/manage/index.xhtml");
    chromium.driver().findElement(By.cssSelector("a[href*='edit.xhtml?id=']")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editForm:issuedOn_input")));

    var input = chromium.driver().findElement(By.id("editForm:issuedOn_input")).getRect();
    var button = chromium.driver().findElement(By.cssSelector("[id='editForm:issuedOn'] .ui-datepicker-trigger")).getRect();
    assertThat(button.getY()).as("the button on the input's line").isBetween(input.getY() - 2, input.getY() + input.getHeight());
    assertThat(button.getX()).as("right of the input").isGreaterThanOrEqualTo(input.getX() + input.getWidth() - 2);
    screenshot("library-editor");
  }

  private void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(ItSettings.screenshotDir());
    File shot = ((TakesScreenshot) chromium.driver()).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
