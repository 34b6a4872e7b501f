package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.JsonBody;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Lessons beyond text: a PDF document lesson (type checked by content, served only to learners of
 * the course and training administrators), and a lesson citing a library document that was repealed
 * (flagged on the course list and editor, notified to the course's owner, shown to learners with
 * its status).
 */
@PortalIT
@RunAsClient
class LessonContentIT {

  @ArquillianResource URL portal;

  @Test
  void aCourseThatDoesNotExistIsSaidSoOnTheStudyPage() throws IOException {
    PageSession staff = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password());

    PageSession.Response page = staff.get("learning/course.xhtml?course=987654321");

    // it used to go on to look up "enrolment 0" and end on the error page
    assertThat(page.status()).isEqualTo(200);
    assertThat(TrainingPages.errors(page.page())).anySatisfy(e -> assertThat(e).contains("987654321"));
    assertThat(page.page().select("#lessonList")).isEmpty();
  }

  @Test
  void aDocumentLessonAcceptsOnlyAPdfAndServesItOnlyToItsLearnersAndAdministrators() throws IOException {
    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    String title = "文档课时测试 " + System.nanoTime();

    PageSession.Response refused = TrainingPages.publishCourse(trainer, title, false, 2, f -> f.set(":0:lkind", "DOCUMENT")
        .file(":0:lfile", "handout.pdf", "application/pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)));
    assertThat(TrainingPages.errors(refused.page())).anySatisfy(e -> assertThat(e).contains("不是 PDF"));

    JsfForm form = JsfForm.of(refused, "courseForm");
    form.file(":0:lfile", "讲义.pdf", "application/octet-stream", pdf());
    PageSession.Response published = trainer.submit(form, "courseForm:publish");
    assertThat(TrainingPages.errors(published.page())).as(published.text()).isEmpty();
    assertThat(published.text()).contains("讲义.pdf");

    long course = TrainingPages.courseId(PortalHttp.basic(portal, Caller.HR.username(), Caller.HR.password()), title);
    TrainingPages.Learner hr = new TrainingPages.Learner(portal, Caller.HR.username(), Caller.HR.password(), course);
    String lesson = (String) TrainingPages.list(hr.study().get("lessons")).get(0).get("id");
    String file = "learning/lesson-file?course=" + course + "&version=" + hr.study().get("version") + "&lesson=" + lesson;

    PageSession hrPages = PageSession.signIn(portal, Caller.HR.username(), Caller.HR.password());
    PageSession.Response served = hrPages.get(file);
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).isEqualTo("application/pdf");
    assertThat(new String(served.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(hrPages.get("learning/course.xhtml?course=" + course).page().select("object[type=application/pdf]").attr("data"))
        .contains("lesson-file");

    assertThat(trainer.get(file).status()).as("training administrator").isEqualTo(200);
    PageSession librarian = PageSession.signIn(portal, Caller.LIBRARIAN.username(), Caller.LIBRARIAN.password());
    assertThat(librarian.get(file).status()).as("not enrolled").isEqualTo(404);
    assertThat(PageSession.anonymous(portal).get(file).status()).as("anonymous").isIn(302, 303, 401);
  }

  @Test
  void aCourseCitingARepealedDocumentIsFlaggedToItsOwnerAndShownWithTheStatus() {
    PortalHttp api = PortalHttp.basic(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    Map<String, Object> repealed = TrainingPages.list(JsonBody.object(TrainingPages.ok(api.get("/api/search?status=REPEALED"))).get("hits")).get(0);
    String documentId = String.valueOf(((Number) repealed.get("id")).longValue());
    String documentTitle = (String) repealed.get("title");

    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    String title = "引用废止资料测试 " + System.nanoTime();
    PageSession.Response published = TrainingPages.publishCourse(trainer, title, false, 2,
        f -> f.set(":0:lkind", "LIBRARY_CITATION").set(":0:llibrary", documentId).set(":0:lnote", "重点阅读第三章"));
    assertThat(TrainingPages.errors(published.page())).as(published.text()).isEmpty();
    assertThat(published.page().getElementById("courseForm:citationReview").text()).contains(documentTitle).contains("已废止");

    Document list = trainer.get("training/index.xhtml").page();
    assertThat(list.select("tr").stream().filter(tr -> tr.text().contains(title)).findFirst().orElseThrow().text())
        .contains("引用的资料已废止").contains("第一课 " + title).contains(documentTitle);

    // the owner (trainer) is told once, in the portal's notifications
    String learning = trainer.get("learning/index.xhtml").text();
    assertThat(learning).contains("课程「" + title + "」").contains("已废止");
    assertThat(learning.split("课程「" + title + "」", -1)).hasSize(2);

    long course = TrainingPages.courseId(api, title);
    PageSession learner = PageSession.signIn(portal, Caller.LIBRARIAN.username(), Caller.LIBRARIAN.password());
    Document study = learner.get("learning/course.xhtml?course=" + course).page();
    assertThat(study.getElementById("study:citation").text()).contains(documentTitle).contains("已废止").contains("重点阅读第三章");
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }

}
