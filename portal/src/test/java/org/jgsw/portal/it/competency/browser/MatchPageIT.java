package org.jgsw.portal.it.competency.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
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
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR's match page in the browser: the formula is stated, the ranking is shown with ineligible people
 * and their reasons, one person's breakdown opens with the same fit as the table, and two people
 * compared side by side get a table and a radar chart. Screenshot: {@code screenshots/hr-match.png}.
 */
@PortalIT
@RunAsClient
class MatchPageIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  @RegisterExtension
  static final ChromiumForClass chromium = ChromiumForClass.named("match");

  @ArquillianResource URL portal;

  private String url(String path) {
    return URI.create(portal.toString().replaceAll("/?$", "/")).resolve(path.substring(1)).toString();
  }

  @Test
  void hrRanksExplainsAndComparesCandidates() throws IOException {
    WebDriverWait wait = new WebDriverWait(chromium.driver(), WAIT);
    chromium.driver().get(url("/login.xhtml"));
    chromium.driver().findElement(By.id("loginForm:username")).sendKeys(Caller.HR.username());
    chromium.driver().findElement(By.id("loginForm:password")).sendKeys(Caller.HR.password());
    chromium.driver().findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.urlContains("/home.xhtml"));

    chromium.driver().get(url("/hr/match.xhtml?model=P-GWYC-DD"));
    assertThat(chromium.driver().findElement(By.id("formulaText")).getText()).contains("匹配度 = 1 − Σ(权重 × max(0, 要求等级 − 实际等级))");
    assertThat(chromium.driver().findElement(By.id("matchForm:modelId")).getText()).isEqualTo("P-GWYC-DD@v2");
    assertThat(chromium.driver().findElements(By.cssSelector("#matchForm\\:ranked_data > tr"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(chromium.driver().findElements(By.cssSelector("#matchForm\\:ineligible_data ul.reasons li"))).isNotEmpty();

    String firstFit = chromium.driver().findElement(By.cssSelector("#matchForm\\:ranked_data > tr:first-child .fit")).getText();
    chromium.driver().findElement(By.id("matchForm:ranked:0:explain")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("matchForm:reportFit")));
    assertThat(chromium.driver().findElement(By.id("matchForm:reportFit")).getText()).isEqualTo(firstFit);
    assertThat(chromium.driver().findElements(By.cssSelector("#matchForm\\:breakdown_data > tr"))).hasSizeGreaterThanOrEqualTo(5);
    chromium.driver().findElement(By.cssSelector("#matchForm\\:reportDialog .ui-dialog-titlebar-close")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("matchForm:reportDialog")));

    chromium.driver().findElement(By.id("matchForm:ranked:0:compare")).click();
    // the button is re-rendered by its own ajax update: look it up afresh on every poll
    wait.ignoring(StaleElementReferenceException.class).until(d ->
        d.findElement(By.cssSelector("#matchForm\\:ranked\\:0\\:compare .ui-icon")).getAttribute("class").contains("pi-check-square"));
    chromium.driver().findElement(By.id("matchForm:ranked:1:compare")).click();
    wait.ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#matchForm\\:comparison canvas")));
    assertThat(chromium.driver().findElements(By.cssSelector(".compare-table thead th"))).hasSize(4);
    screenshot("hr-match");
  }

  private static void screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(ItSettings.screenshotDir());
    File shot = ((TakesScreenshot) chromium.driver()).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
