package org.jgsw.portal.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** The login page: {@code loginForm} with user name, password, submit and its messages. */
final class LoginPage {

  private final BrowserITBase test;

  LoginPage(BrowserITBase test) {
    this.test = test;
  }

  static boolean isShown(BrowserITBase test) {
    return test.driver().getCurrentUrl().contains("/login.xhtml")
        && !test.driver().findElements(By.id("loginForm:username")).isEmpty();
  }

  /** Signs in and waits until the browser has left the login page. */
  PortalPage signIn(String username, String password) {
    submit(username, password);
    test.waiting().until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    return new PortalPage(test);
  }

  /**
   * Submits the form and waits for the answer, whatever it is. If the page was still being replaced
   * (a redirect finishing) while the form was filled in, Chromium reports the elements as gone: open
   * the login page and fill it in once more.
   */
  LoginPage submit(String username, String password) {
    WebElement button;
    try {
      button = fillAndClick(username, password);
    } catch (WebDriverException pageWasReplaced) {
      test.open("/login.xhtml");
      button = fillAndClick(username, password);
    }
    test.waitUntilGone(button);
    return this;
  }

  private WebElement fillAndClick(String username, String password) {
    test.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    WebElement user = test.driver().findElement(By.id("loginForm:username"));
    user.clear();
    user.sendKeys(username);
    WebElement pass = test.driver().findElement(By.id("loginForm:password"));
    pass.clear();
    pass.sendKeys(password);
    WebElement button = test.driver().findElement(By.id("loginForm:submit"));
    button.click();
    return button;
  }

  /** Texts of the error messages shown above the form. */
  List<String> errors() {
    return test.driver().findElements(By.cssSelector("[id='loginForm:loginMessages'] .ui-messages-error-summary, [id='loginForm:loginMessages'] .ui-messages-error"))
        .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
  }

  String text() {
    return test.driver().findElement(By.id("loginForm")).getText();
  }
}
