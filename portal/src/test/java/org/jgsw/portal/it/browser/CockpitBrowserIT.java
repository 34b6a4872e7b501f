package org.jgsw.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A leader opens the cockpit from the menu, sees its charts, drills down from the province to a city, and reads it on a phone. */
class CockpitBrowserIT extends BrowserITBase {

  @Test
  void aLeaderDrillsDownFromTheProvinceToACity() {
    login(Caller.LEADER.username(), Caller.LEADER.password());
    click(By.id("navCockpit"));
    waiting().until(ExpectedConditions.urlContains("/cockpit/index.xhtml"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
    assertThat(driver().findElement(By.id("unitName")).getText()).isEqualTo("安徽省机关事务管理局");
    assertThat(driver().findElements(By.cssSelector("canvas"))).as("a chart per section").hasSizeGreaterThanOrEqualTo(5);
    screenshot("cockpit-province");

    click(By.linkText("合肥市机关事务管理局"));
    waiting().until(ExpectedConditions.textToBe(By.id("unitName"), "合肥市机关事务管理局"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
    assertThat(driver().findElement(By.cssSelector(".cockpit-path")).getText()).contains("安徽省机关事务管理局");
    assertThat(driver().findElements(By.linkText("肥西县机关事务管理局"))).as("the county opens its own cockpit").isNotEmpty();

    driver().manage().window().setSize(new Dimension(390, 900));
    screenshot("cockpit-city-phone");
    driver().manage().window().setSize(new Dimension(1400, 1000));
    screenshot("cockpit-city");
  }
}
