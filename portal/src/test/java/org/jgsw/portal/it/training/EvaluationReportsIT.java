package org.jgsw.portal.it.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jgsw.portal.config.demo.DemoAccounts;
import org.jgsw.portal.it.PortalIT;
import org.jgsw.portal.it.support.PortalHttp;
import org.jgsw.portal.it.testdata.Caller;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The training-effect reports against figures counted by hand from the data the test makes: a new
 * course with a pre-test is published in the course editor, three demo learners take it through the
 * learning API, and the course report (page and Excel), the person report and the learner's own gain
 * must show exactly what the test counted.
 */
@PortalIT
@RunAsClient
class EvaluationReportsIT {

  @ArquillianResource URL portal;

  @Test
  void courseAndPersonReportsShowTheFiguresCountedByHand() throws IOException {
    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    String title = "效果评价测试课程 " + System.nanoTime();
    PageSession.Response published = TrainingPages.publishCourse(trainer, title, true, 2,
        f -> f.set(":0:lkind", "RICH_TEXT").set(":0:lhtml", "<p>公务用车实行统一管理。</p>"));
    assertThat(TrainingPages.errors(published.page())).as(published.text()).isEmpty();
    long course = TrainingPages.courseId(api(Caller.HR), title);

    // trainer: pre-test 0 of 2 (0 %), lessons, post-test 2 of 2 (100 %) → completed, gain 100
    // (not the demo staff member: TrainingApiIT checks that person's ledger against the demo data)
    TrainingPages.Learner first = learner(Caller.TRAINER, course);
    assertThat(first.answer("PRE_TEST", 0)).containsEntry("passed", false).containsEntry("courseCompleted", false);
    first.completeLessons();
    assertThat(first.answer("POST_TEST", 2)).containsEntry("passed", true).containsEntry("courseCompleted", true);
    // hr: the course page offers the pre-test before the lessons, the post-test only after them
    PageSession hrPages = PageSession.signIn(portal, Caller.HR.username(), Caller.HR.password());
    Document before = hrPages.get("learning/course.xhtml?course=" + course).page();
    assertThat(before.select("[id$=:0:startQuiz]")).as("pre-test can be started").hasSize(1);
    assertThat(before.select("[id$=:1:startQuiz]")).as("post-test waits for the lessons").isEmpty();
    // hr: pre-test 1 of 2 (50 %), post-test 0 % then 100 % → completed, gain 50
    TrainingPages.Learner hr = learner(Caller.HR, course);
    hr.answer("PRE_TEST", 1);
    hr.completeLessons();
    assertThat(hr.answer("POST_TEST", 0)).containsEntry("passed", false);
    assertThat(hr.answer("POST_TEST", 2)).containsEntry("courseCompleted", true);
    // librarian: no pre-test, post-test 0 % → not passed, not completed
    TrainingPages.Learner librarian = learner(Caller.LIBRARIAN, course);
    librarian.completeLessons();
    librarian.answer("POST_TEST", 0);

    // by hand: 3 learners, none assigned; L2 pass 2 of 3 people = 66.7 %; gain (100 + 50) / 2 = 75.00 over 2 people
    Map<String, Sheet> sheets = workbook(trainer.get("training/export?report=course&id=" + course));
    List<Object> total = row(sheets.get("课程合计"), 1);
    assertThat(total.get(0)).isEqualTo(title);
    assertThat(total.subList(1, 3)).containsExactly(3.0, 0.0);
    assertThat(total.get(10)).isEqualTo(66.7);
    assertThat(total.get(11)).isEqualTo(75.0);
    assertThat(total.get(12)).isEqualTo(2.0);
    assertThat(total.get(8)).as("no L1 answers yet").isEqualTo("—");
    Sheet learners = sheets.get("学员明细");
    Map<String, List<Object>> byStaffNo = new java.util.HashMap<>();
    for (int i = 1; i <= learners.getLastRowNum(); i++) {
      List<Object> r = row(learners, i);
      byStaffNo.put((String) r.get(0), r);
    }
    assertThat(byStaffNo).containsOnlyKeys(DemoAccounts.TRAINER.staffNo(), DemoAccounts.HR.staffNo(), DemoAccounts.LIBRARIAN.staffNo());
    // columns: pre %, best post %, passed, post attempts, gain
    assertThat(byStaffNo.get(DemoAccounts.TRAINER.staffNo()).subList(6, 11)).containsExactly(0.0, 100.0, "是", 1.0, 100.0);
    assertThat(byStaffNo.get(DemoAccounts.HR.staffNo()).subList(6, 11)).containsExactly(50.0, 100.0, "是", 2.0, 50.0);
    assertThat(byStaffNo.get(DemoAccounts.LIBRARIAN.staffNo()).subList(6, 11)).containsExactly("—", 0.0, "否", 1.0, "—");

    Document page = trainer.get("training/course-report.xhtml?id=" + course).page();
    assertThat(page.getElementById("total").text()).contains("66.7%").contains("75.00");
    assertThat(page.select("canvas, [id$=statusChart]")).isNotEmpty();

    // the person report of hr: the course with pre 50, best post 100, gain 50 and its 2 credit hours completed
    Map<String, Sheet> person = workbook(trainer.get("training/export?report=person&id=" + DemoAccounts.HR.staffNo()));
    List<List<Object>> courses = new ArrayList<>();
    for (int i = 1; i <= person.get("课程成绩").getLastRowNum(); i++) {
      courses.add(row(person.get("课程成绩"), i));
    }
    assertThat(courses).filteredOn(r -> title.equals(r.get(0))).singleElement()
        .satisfies(r -> assertThat(r.subList(1, 9)).containsExactly(2.0, "是", r.get(3), 50.0, 100.0, "是", 2.0, 50.0));
    assertThat(trainer.get("training/person-report.xhtml?person=" + DemoAccounts.HR.staffNo()).text()).contains(title);

    // the learner sees the own gain on the course page
    assertThat(hrPages.get("learning/course.xhtml?course=" + course).page().getElementById("study:gain").text())
        .contains("50").contains("100");
  }

  @Test
  void overviewPagesAndExportsAreForTrainingAdministratorsOnly() throws IOException {
    PageSession trainer = PageSession.signIn(portal, Caller.TRAINER.username(), Caller.TRAINER.password());
    Document overview = trainer.get("training/reports.xhtml").page();
    assertThat(overview.getElementById("courses")).isNotNull();
    assertThat(overview.getElementById("units").text()).contains("公务用车管理处");
    assertThat(workbook(trainer.get("training/export?report=units"))).containsKeys("按单位", "统计口径");
    assertThat(workbook(trainer.get("training/export?report=courses")).get("按课程").getLastRowNum()).isGreaterThanOrEqualTo(15);
    assertThat(trainer.get("training/export?report=course&id=999999999").status()).isEqualTo(404);

    PageSession staff = PageSession.signIn(portal, Caller.STAFF.username(), Caller.STAFF.password());
    assertThat(staff.get("training/export?report=courses").status()).isEqualTo(403);
    assertThat(staff.get("training/reports.xhtml").status()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ helpers

  private TrainingPages.Learner learner(Caller caller, long course) {
    return new TrainingPages.Learner(portal, caller.username(), caller.password(), course);
  }

  private PortalHttp api(Caller caller) {
    return PortalHttp.basic(portal, caller.username(), caller.password());
  }

  private static Map<String, Sheet> workbook(PageSession.Response r) throws IOException {
    assertThat(r.status()).as(r.uri().toString()).isEqualTo(200);
    assertThat(r.contentType()).contains("spreadsheetml");
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()));
    Map<String, Sheet> sheets = new java.util.LinkedHashMap<>();
    wb.forEach(s -> sheets.put(s.getSheetName(), s));
    return sheets;
  }

  /** A row's cells as Double or String. */
  private static List<Object> row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell c = row.getCell(i);
      values.add(c == null ? null : c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue() : c.getStringCellValue());
    }
    return values;
  }
}
