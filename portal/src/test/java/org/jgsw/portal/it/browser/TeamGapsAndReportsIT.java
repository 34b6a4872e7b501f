package org.jgsw.portal.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages added for supervisors and training administrators, as people use them: 我的团队 leads to the
 * team's competency gaps and one member's breakdown; the evaluation reports draw their charts.
 */
class TeamGapsAndReportsIT extends BrowserITBase {

  @Test
  void aSupervisorGoesFromTheTeamToAMembersGaps() {
    login(Caller.SUPERVISOR.username(), Caller.SUPERVISOR.password());
    open("/team/index.xhtml");
    click(By.cssSelector("a[id$='teamGapsLink']"));
    waiting().until(ExpectedConditions.urlContains("/team/gaps.xhtml"));

    assertThat(driver().findElements(By.cssSelector("[id$='teamGaps'] tbody tr"))).as("team members listed").hasSizeGreaterThan(1);
    click(By.cssSelector("a[id$='member']"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='breakdown'] tbody tr")));
    assertThat(driver().getCurrentUrl()).contains("person=");
    screenshot("team-gaps-member");
  }

  @Test
  void theEvaluationReportsDrawTheirCharts() {
    login(Caller.TRAINER.username(), Caller.TRAINER.password());
    open("/training/reports.xhtml");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
    assertThat(driver().findElements(By.cssSelector("canvas"))).as("one chart per table").hasSizeGreaterThanOrEqualTo(2);
    screenshot("training-reports");
  }
}
