package org.jgsw.portal.it.training.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.ChromiumForClass;
import org.jgsw.portal.it.support.PortalBrowser;
import org.jgsw.portal.it.support.ItSettings;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Gap → training in the browser, in Chinese: a training administrator goes from the plans list to the
 * gaps of a post, creates a draft special plan from them, sees on the plan page the gaps it was made
 * for and publishes it after confirming; the demo staff member starts a course from their path.
 */
@PortalIT
@RunAsClient
class GapPlanJourneyIT {

  /** 公务接待联络岗: held by demo people but by no demo login, so publishing its plan disturbs no other test. */
  private static final String POST_CODE = "P-JD-LY";
  private static final String POST_LABEL = "公务接待联络岗（公务接待处）";

  @RegisterExtension
  static final ChromiumForClass chromium = ChromiumForClass.named("gap-plan");

  @ArquillianResource URL portal;

  @Test
  void aTrainerTurnsAPostsGapsIntoADraftPlanReviewsAndPublishesIt() {
    signIn(Caller.TRAINER);
    open("/training/plans.xhtml");
    click(By.cssSelector("[id$='fromGaps'] a, a[id$='fromGaps']")); // p:linkButton: a span around the link
    waiting().until(ExpectedConditions.urlContains("/training/plan-from-gaps.xhtml"));

    click(By.cssSelector("label[for='gapPlanForm:scope:1']"));
    waiting().until(ExpectedConditions.elementSelectionStateToBe(By.id("gapPlanForm:scope:1"), true));
    // choose the post through the menu's own widget: clicking into its animated overlay panel
    // sometimes left the choice unset (the page then asked to choose a post and no gaps came)
    ((JavascriptExecutor) chromium.driver()).executeScript(
        "PrimeFaces.getWidgetById('gapPlanForm:post').selectValue(arguments[0])", POST_CODE);
    assertThat(chromium.driver().findElement(By.id("gapPlanForm:post_label")).getText()).isEqualTo(POST_LABEL);
    click(By.id("gapPlanForm:showGaps"));
    // the first read of everyone's levels (cold profile cache) can take long on a loaded machine
    new WebDriverWait(chromium.driver(), Duration.ofSeconds(90)).until(d ->
        !d.findElements(By.cssSelector("[id='gapPlanForm:gaps'] tbody tr")).isEmpty()
            || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    assertThat(chromium.driver().findElements(By.cssSelector(".ui-messages-error"))).extracting(WebElement::getText).isEmpty();
    assertThat(chromium.driver().findElements(By.cssSelector("[id='gapPlanForm:gapChart'] canvas"))).as("the gaps chart").isNotEmpty();
    assertThat(chromium.driver().findElements(By.cssSelector("[id='gapPlanForm:courses'] tbody tr"))).as("proposed courses").isNotEmpty();
    screenshot("plan-from-gaps");

    String name = "接待岗差距专项 " + System.nanoTime();
    WebElement nameField = chromium.driver().findElement(By.id("gapPlanForm:name"));
    nameField.clear();
    nameField.sendKeys(name);
    click(By.id("gapPlanForm:create"));
    waiting().until(ExpectedConditions.urlContains("/training/plan.xhtml?id="));
    assertThat(chromium.driver().findElement(By.id("planGapsForm")).getText()).contains("本计划针对的能力差距", "草稿");
    assertThat(chromium.driver().findElements(By.cssSelector("[id='planGapsForm:gapTable'] tbody tr"))).isNotEmpty();

    click(By.id("planGapsForm:publish"));
    click(By.cssSelector(".ui-confirmdialog-yes"));
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "已发布"));
    assertThat(chromium.driver().findElements(By.id("planGapsForm:draft"))).as("no longer a draft").isEmpty();
    screenshot("plan-from-gaps-published");
  }

  @Test
  void thePlanListNamesKindsAndStatesInTheChosenLanguage() {
    signIn(Caller.TRAINER);
    open("/training/plans.xhtml");
    String chinese = browser().visibleMainText();
    assertThat(chinese).contains("通用培训计划", "专项培训计划", "已发布", "全员", "单位：AH-GWYC", " 至 ");
    browser().switchToEnglish();
    String english = browser().visibleMainText();
    // the course module names kinds and states in Chinese; the page takes them from its bundle
    // (plan titles are data and stay as written: "2026 公务用车管理专项培训计划")
    assertThat(english).contains("General training plan · ", "Special training plan · ", "Published")
        .contains("All staff", "units: AH-GWYC", " to ")
        .doesNotContain("通用培训计划 · ", "专项培训计划 · ", "已发布", "草稿", "全员", "单位：", " 至 ");
    screenshot("plans-en");
  }

  @Test
  void myLearningStatesTheLedgerAndItsRulesInTheChosenLanguage() {
    signIn(Caller.STAFF);
    open("/learning/index.xhtml");
    String chinese = browser().mainText(); // the reminders panel, with its rule, is collapsed when nothing is unread
    assertThat(chinese).contains("年度网络学习", "年网络学习不少于 50 学时", "学时计算规则", "截止前 7、1 天各提醒一次", "通用", "级到");
    browser().switchToEnglish();
    String english = browser().mainText();
    // the course module writes these in Chinese; the page takes them from its bundle with the module's figures
    assertThat(english).contains("Online learning this year", "At least 50 hours of online learning in ", "How credit hours are earned",
            "reminded 7, 1 days before its deadline", "General", "Raises ", " from level ")
        .doesNotContain("年度网络学习", "学时计算规则", "截止提醒：", "科级及以下干部", "领导干部", "专项·", "级到");
    screenshot("my-learning-en");
  }

  @Test
  void theStaffMemberStartsACourseFromTheirPath() {
    signIn(Caller.STAFF);
    open("/learning/index.xhtml");
    click(By.cssSelector("[id='learningPathForm:learningPath'] .path-start a, [id='learningPathForm:learningPath'] a.path-start"));
    waiting().until(ExpectedConditions.urlContains("/learning/course.xhtml?course="));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lessonList")));
  }

  private void signIn(Caller who) {
    browser().signIn(who);
  }

  private void click(By by) {
    browser().click(by);
  }

  private void open(String path) {
    browser().open(path);
  }

  private WebDriverWait waiting() {
    return browser().waiting();
  }

  private PortalBrowser browser() {
    return new PortalBrowser(chromium.driver(), portal);
  }

  private void screenshot(String name) {
    try {
      File shot = ((TakesScreenshot) chromium.driver()).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), Files.createDirectories(ItSettings.screenshotDir()).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
