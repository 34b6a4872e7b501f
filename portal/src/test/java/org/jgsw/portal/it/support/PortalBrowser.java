package org.jgsw.portal.it.support;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jgsw.portal.it.testdata.Caller;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps every page-flow test takes in the portal with a {@link ChromiumForClass} browser:
 * open a page by its path, sign in as a demo caller, wait, and click what PrimeFaces may replace.
 */
public final class PortalBrowser {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final WebDriver driver;
  private final URL portal;

  public PortalBrowser(WebDriver driver, URL portal) {
    this.driver = driver;
    this.portal = portal;
  }

  /** Opens {@code path} ("/learning/index.xhtml") below the portal's context root. */
  public void open(String path) {
    driver.get(URI.create(portal.toString().replaceAll("/?$", "/")).resolve(path.substring(1)).toString());
  }

  /** Signs in afresh (cookies of an earlier caller removed) and waits for the home page. */
  public void signIn(Caller who) {
    open("/login.xhtml");
    driver.manage().deleteAllCookies();
    open("/login.xhtml");
    driver.findElement(By.id("loginForm:username")).sendKeys(who.username());
    driver.findElement(By.id("loginForm:password")).sendKeys(who.password());
    driver.findElement(By.id("loginForm:submit")).click();
    waiting().until(ExpectedConditions.urlContains("home.xhtml"));
  }

  /** Clicks what {@code by} finds, afresh until the click lands (PrimeFaces may replace elements after an update). */
  public void click(By by) {
    waiting().ignoring(WebDriverException.class).until(d -> {
      d.findElement(by).click();
      return true;
    });
  }

  /** Switches to English through the user menu and waits for the page to come back in it. */
  public void switchToEnglish() {
    click(By.cssSelector("[id='userMenuForm:userMenu'] button"));
    waiting().until(ExpectedConditions.elementToBeClickable(By.id("userMenuForm:langEn"))).click();
    waiting().ignoring(StaleElementReferenceException.class).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }

  /**
   * The whole text of the page's main element, hidden parts included (collapsed panels), read afresh
   * until the page holds still (a language switch may load the page twice).
   */
  public String mainText() {
    return waiting().ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.tagName("main")).getAttribute("textContent"));
  }

  /** The visible text of the page's main element, read afresh until the page holds still. */
  public String visibleMainText() {
    return waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("main")).getText());
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }
}
