package org.jgsw.portal.it.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Any page in the portal layout: the role-aware main menu and the user menu. */
final class PortalPage {

  /** Ids of every main-menu link (WEB-INF/templates/menu.xhtml), in menu order. */
  static final List<String> MENU_IDS = List.of("navLearning", "navMyCompetency", "navCompetency", "navMatching", "navTraining", "navLibrary", "navAdmin", "navTeam", "navCockpit");

  private final BrowserITBase test;

  PortalPage(BrowserITBase test) {
    this.test = test;
  }

  /** The main-menu entries the page shows, by id. */
  Set<String> menuEntries() {
    Set<String> shown = new LinkedHashSet<>();
    for (String id : MENU_IDS) {
      List<WebElement> links = test.driver().findElements(By.id(id));
      if (!links.isEmpty() && links.get(0).isDisplayed()) {
        shown.add(id);
      }
    }
    return shown;
  }

  String menuText(String id) {
    return test.driver().findElement(By.id(id)).getText().trim();
  }

  String htmlLang() {
    return test.driver().findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Switches the language through the user menu; the page reloads in that language. */
  PortalPage switchToEnglish() {
    choose("userMenuForm:langEn");
    test.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    return new PortalPage(test);
  }

  PortalPage switchToChinese() {
    choose("userMenuForm:langZh");
    test.waiting().until(d -> d.findElement(By.tagName("html")).getAttribute("lang").startsWith("zh"));
    return new PortalPage(test);
  }

  /** Signs out through the user menu and waits for the login page. */
  void logout() {
    choose("userMenuForm:logout");
    test.waiting().until(d -> d.getCurrentUrl().contains("/login.xhtml"));
  }

  private void choose(String itemId) {
    WebElement menuButton = test.click(By.cssSelector("[id='userMenuForm:userMenu'] button"));
    WebElement item = test.waiting().until(ExpectedConditions.elementToBeClickable(By.id(itemId)));
    item.click();
    test.waitUntilGone(menuButton);
  }
}
