package org.jgsw.portal.web.training;

import java.util.List;
import org.jgsw.course.domain.EvaluationSummary;
import org.jgsw.portal.training.TrainingEvaluationReports.CourseReport;
import org.jgsw.portal.training.TrainingEvaluationReports.LearnerRow;
import org.jgsw.portal.training.TrainingEvaluationReports.PersonAssignment;
import org.jgsw.portal.training.TrainingEvaluationReports.PersonCourse;
import org.jgsw.portal.training.TrainingEvaluationReports.PersonReport;
import org.jgsw.portal.training.TrainingEvaluationReports.SummaryRow;

/** The evaluation reports as Excel tables, with the same columns as the pages. */
final class EvaluationTables {

  private static final String[] SUMMARY = {"人数", "指派", "已完成", "学习中", "未开始", "已逾期", "完成率(%)", "一级平均分", "一级问卷数",
      "二级通过率(%)", "二级提升(百分点)", "二级提升人数", "三级平均分", "三级评定项数"};

  private EvaluationTables() {}

  static ReportTable summaries(String sheet, String nameHeading, List<SummaryRow> rows) {
    String[] headers = new String[SUMMARY.length + 1];
    headers[0] = nameHeading;
    System.arraycopy(SUMMARY, 0, headers, 1, SUMMARY.length);
    ReportTable t = ReportTable.of(sheet, headers);
    rows.forEach(r -> t.row(summaryValues(r)));
    return t;
  }

  private static Object[] summaryValues(SummaryRow r) {
    EvaluationSummary s = r.summary();
    return new Object[] {r.name(), r.people(), s.assigned(), s.completed(), s.inProgress(), s.notStarted(), s.overdue(),
        s.completionPercent(), s.l1Average(), s.l1Responses(), s.l2PassPercent(), s.l2Gain(), s.l2GainPeople(), s.l3Average(), s.l3Ratings()};
  }

  static List<ReportTable> course(CourseReport r) {
    ReportTable learners = ReportTable.of("学员明细", "工号", "姓名", "单位", "指派状态", "已完成", "完成日期", "课前测(%)", "课后测最高(%)",
        "课后测通过", "课后测次数", "提升(百分点)", "一级评分", "三级评分");
    for (LearnerRow l : r.learners()) {
      learners.row(l.staffNo(), l.name(), l.unit(), l.assignment() == null ? "选修" : l.assignment().label(), l.completed(), l.completedOn(),
          l.preTest(), l.postTest(), l.passed(), l.attempts(), l.gain(), l.l1(), l.l3());
    }
    return List.of(summaries("课程合计", "课程", List.of(new SummaryRow(r.total().key(), r.title(), r.total().people(), r.total().summary()))),
        summaries("按计划", "培训计划", r.byPlan()), summaries("按单位", "单位", r.byUnit()), learners);
  }

  static List<ReportTable> person(PersonReport r) {
    ReportTable assignments = ReportTable.of("指派", "课程", "培训计划", "必修", "截止日期", "状态");
    for (PersonAssignment a : r.assignments()) {
      assignments.row(a.course(), a.plan(), a.required(), a.deadline(), a.status().label());
    }
    ReportTable courses = ReportTable.of("课程成绩", "课程", "学时", "已完成", "完成日期", "课前测(%)", "课后测最高(%)", "课后测通过", "课后测次数",
        "提升(百分点)", "一级评分", "三级评分");
    for (PersonCourse c : r.courses()) {
      courses.row(c.course(), c.creditHours(), c.completed(), c.completedOn(), c.preTest(), c.postTest(), c.passed(), c.attempts(), c.gain(),
          c.l1(), c.l3());
    }
    ReportTable ledger = ReportTable.of("学时", "年度", "在线学习", "集中培训", "合计", "应修", "已完成课程学时合计")
        .row(r.ledger().year(), r.ledger().online(), r.ledger().concentrated(), r.ledger().earned(), r.ledger().required(), r.creditHoursCompleted());
    return List.of(summaries("合计", "人员", List.of(new SummaryRow(r.staffNo(), r.name() + "（" + r.staffNo() + "）", 1, r.total()))),
        assignments, courses, ledger);
  }
}
