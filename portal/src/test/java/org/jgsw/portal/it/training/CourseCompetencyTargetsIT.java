package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.junit.jupiter.api.Test;

/** The competencies a course trains are checked against the competency dictionary when the course is saved. */
@PortalIT
@RunAsClient
class CourseCompetencyTargetsIT {

  @ArquillianResource URL portal;

  @Test
  void aCodeOutsideTheDictionaryOrABadLevelIsRefusedWithAChineseMessage() {
    String title = "能力编码校验测试 " + System.nanoTime();
    PageSession.Response refused = publish(title, "GEN-LAW:2, NO-SUCH-SKILL:3, GEN-COMM:七");

    assertThat(TrainingPages.errors(refused.page())).as(refused.text())
        .anySatisfy(e -> assertThat(e).contains("NO-SUCH-SKILL").contains("不在能力词典中"))
        .anySatisfy(e -> assertThat(e).contains("GEN-COMM").contains("1–5"));
    assertThatThrownBy(() -> TrainingPages.courseId(hr(), title)).as("not published").isInstanceOf(AssertionError.class);
  }

  @Test
  void knownCodesAreSavedInTheDictionarysSpelling() {
    String title = "能力编码保存测试 " + System.nanoTime();
    PageSession.Response published = publish(title, "gen-law：2，GEN-COMM");

    assertThat(TrainingPages.errors(published.page())).as(published.text()).isEmpty();
    assertThat(published.page().getElementById("courseForm:competencies").val()).isEqualTo("GEN-LAW:2,GEN-COMM:3");
    TrainingPages.courseId(hr(), title);
  }

  /** Fills a one-lesson course with these competencies and presses publish, as the training administrator. */
  private PageSession.Response publish(String title, String competencies) {
    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    return TrainingPages.publishCourse(trainer, title, false, 2, f -> lesson(f).set("courseForm:competencies", competencies));
  }

  private PortalHttp hr() {
    return PortalHttp.basic(portal, Caller.HR.username(), Caller.HR.password());
  }

  private static JsfForm lesson(JsfForm form) {
    return form.set(":0:lkind", "RICH_TEXT").set(":0:lhtml", "<p>公务接待实行审批制度。</p>");
  }
}
