package org.jgsw.portal.it.training.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.config.demo.training.DemoCourses;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.ChromiumForClass;
import org.jgsw.portal.it.support.PortalBrowser;
import org.jgsw.portal.it.support.ItSettings;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A course taken end to end in the browser, in Chinese: both lessons, the quiz failed (scored on the
 * server) then passed, the course completed with its certificate offered, the Level-1 rating given,
 * and the credit hours in the ledger (demo admin account, which no other training test uses); and a
 * supervisor's Level-3 rating of a team member's behaviour change.
 */
@PortalIT
@RunAsClient
class CourseJourneyIT {

  @RegisterExtension
  static final ChromiumForClass chromium = ChromiumForClass.named("training");

  @ArquillianResource URL portal;

  @Test
  void aCourseIsStudiedTheQuizFailedThenPassedAndTheCreditCounted() {
    Caller who = Caller.ADMIN;
    DemoCourses.DemoCourse demo = DemoCourses.byKey("G4");
    PortalHttp api = PortalHttp.basic(portal, who.username(), who.password());
    BigDecimal before = online(api);
    long courseId = ((List<Map<String, Object>>) JsonBody.parse(api.get("/api/courses"))).stream()
        .filter(c -> demo.title().equals(c.get("title"))).map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();

    signIn(who);
    open("/learning/course.xhtml?course=" + courseId);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lessonList")));
    assertThat(chromium.driver().findElement(By.id("content")).getText()).contains(demo.title(), "课时");
    for (int done = 1; done <= demo.lessons().size(); done++) {
      int expected = done;
      waiting().until(ExpectedConditions.elementToBeClickable(By.id("study:completeLesson"))).click();
      waiting().until(d -> d.findElements(By.cssSelector("#lessonList li.done")).size() == expected);
    }

    // first attempt: every answer wrong
    answerQuiz(demo, false);
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("study"), "未通过"));
    assertThat(chromium.driver().findElements(By.id("study:completion"))).isEmpty();

    // second attempt: every answer right
    answerQuiz(demo, true);
    WebElement completion = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("study:completion")));
    assertThat(completion.getText()).contains("你已完成本课程");
    if (new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").isFile()) {
      assertThat(chromium.driver().findElements(By.id("study:certificate"))).isNotEmpty();
    }

    // Level 1: four stars on every item
    for (WebElement rating : chromium.driver().findElements(By.cssSelector("#study\\:reaction .ui-rating"))) {
      rating.findElements(By.cssSelector(".ui-rating-star a")).get(3).click();
    }
    chromium.driver().findElement(By.id("study:submitReaction")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("study:completion"), "谢谢"));

    assertThat(online(api)).isEqualByComparingTo(before.add(new BigDecimal(demo.hours())));
  }

  @Test
  void aSupervisorRatesBehaviourChangeAfterTraining() {
    // the demo data has a colleague of the staff member who finished a vehicle course 100 days ago
    signIn(Caller.SUPERVISOR);
    open("/team/index.xhtml");
    WebElement team = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("teamForm")));
    assertThat(team.getText()).contains("李明", "公务用车调度与派车管理实务");
    int open = chromium.driver().findElements(By.cssSelector("#teamForm .card")).size();
    assertThat(open).isGreaterThanOrEqualTo(1);

    WebElement first = chromium.driver().findElements(By.cssSelector("#teamForm .card")).get(0);
    for (WebElement rating : first.findElements(By.cssSelector(".ui-rating"))) {
      rating.findElements(By.cssSelector(".ui-rating-star a")).get(2).click();
    }
    first.findElement(By.tagName("button")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("content"), "行为改变评价"));
    assertThat(chromium.driver().findElements(By.cssSelector("#teamForm .card"))).hasSize(open - 1);
  }

  private void signIn(Caller who) {
    browser().signIn(who);
  }

  private void answerQuiz(DemoCourses.DemoCourse demo, boolean right) {
    waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':startQuiz']"))).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("study:paper")));
    List<WebElement> questions = chromium.driver().findElements(By.cssSelector("#study\\:paper .quiz-question"));
    assertThat(questions).hasSize(6);
    for (WebElement q : questions) {
      String text = q.findElement(By.className("q-text")).getText();
      DemoCourses.DemoQuestion dq = demo.questions().stream().filter(x -> text.contains(x.text())).findFirst()
          .orElseThrow(() -> new AssertionError("Unknown question " + text));
      List<Integer> pick = right ? List.copyOf(dq.correct())
          : List.of(IntStream.range(0, dq.options().size()).filter(i -> !dq.correct().contains(i)).findFirst().orElseThrow());
      for (int index : pick) {
        String option = dq.options().get(index);
        q.findElements(By.tagName("label")).stream().filter(l -> l.getText().trim().equals(option)).findFirst()
            .orElseThrow(() -> new AssertionError("No option " + option + " in " + text)).click();
      }
    }
    chromium.driver().findElement(By.id("study:submitQuiz")).click();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("study:paper")));
  }

  private BigDecimal online(PortalHttp api) {
    Map<String, Object> ledger = (Map<String, Object>) JsonBody.object(api.get("/api/learning/me")).get("ledger");
    return new BigDecimal(String.valueOf(ledger.get("online")));
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
}
