package org.jgsw.portal.web.cockpit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgsw.portal.cockpit.Cockpit;
import org.jgsw.portal.cockpit.Cockpit.GapMovement;
import org.jgsw.portal.cockpit.Cockpit.TrainingRow;
import org.jgsw.portal.competency.WorkforceStructure;
import org.jgsw.portal.web.training.ReportTable;

/** Every table of the cockpit as an Excel sheet, with the page's columns (one workbook per unit). */
final class CockpitTables {

  private CockpitTables() {}

  static List<ReportTable> of(Cockpit c) {
    List<ReportTable> tables = new ArrayList<>();
    ReportTable training = ReportTable.of("培训完成与学时", "单位", "指派", "已完成", "学习中", "未开始", "已逾期", "完成率(%)", "在职人数",
        "网络学习达标人数", "网络学习学时合计", "人均网络学习学时");
    ReportTable evaluation = ReportTable.of("培训效果评价", "单位", "一级平均分", "一级问卷数", "二级通过率(%)", "二级提升(百分点)", "三级平均分", "三级评定项数");
    List<TrainingRow> rows = new ArrayList<>(c.training());
    rows.add(c.trainingTotal());
    for (TrainingRow r : rows) {
      String name = r == c.trainingTotal() ? "合计：" + r.unit().name() : r.ownPeople() ? r.unit().name() + "（本级）" : r.unit().name();
      training.row(name, r.assigned(), r.completed(), r.inProgress(), r.notStarted(), r.overdue(), r.completionRate(), r.people(),
          r.peopleMeetingOnlineRequirement(), r.onlineHours(), r.averageOnlineHours());
      evaluation.row(name, r.l1Average(), r.l1Responses(), r.l2PassRate(), r.l2Gain(), r.l3Average(), r.l3Ratings());
    }
    tables.add(training);
    tables.add(evaluation);
    ReportTable gaps = ReportTable.of("能力差距", "能力", "编码", "有差距人数", "平均差距(级)", "平均差距×权重");
    c.gaps().forEach(g -> gaps.row(g.name(), g.code(), g.people(), g.averageGap(), g.averageWeightedGap()));
    tables.add(gaps);
    List<String> movementHeaders = new ArrayList<>(List.of("能力", "编码"));
    c.quarters().forEach(q -> movementHeaders.add(q + " 人数"));
    c.quarters().forEach(q -> movementHeaders.add(q + " 平均差距×权重"));
    ReportTable movement = new ReportTable("差距变化", movementHeaders, new ArrayList<>());
    for (GapMovement m : c.gapMovement()) {
      List<Object> values = new ArrayList<>(List.of(m.name(), m.code()));
      values.addAll(m.people());
      values.addAll(m.averageWeightedGap());
      movement.rows().add(values);
    }
    tables.add(movement);
    WorkforceStructure w = c.workforce();
    ReportTable structure = ReportTable.of("队伍结构", "指标", "类别", "人数")
        .row("总人数", "", w.total()).row("35 岁以下年轻干部", String.format("%.1f%%", w.youngRatio() * 100), w.young());
    addCounts(structure, "学历", w.byEducation());
    addCounts(structure, "专业类别", w.byMajorFamily());
    addCounts(structure, "年龄", w.byAge());
    tables.add(structure);
    ReportTable library = ReportTable.of("资料库检索", "类别", "检索词", "次数");
    c.library().topTerms().forEach(t -> library.row("检索最多", t.term(), t.times()));
    c.library().noResultTerms().forEach(t -> library.row("无结果", t.term(), t.times()));
    tables.add(library);
    ReportTable people = ReportTable.of("本级人员", "工号", "姓名", "岗位", "本年网络学习学时", "达到年度要求");
    c.people().forEach(p -> people.row(p.staffNo(), p.name(), p.post(), p.onlineHours(), p.meetsOnlineRequirement()));
    tables.add(people);
    return tables;
  }

  private static void addCounts(ReportTable table, String indicator, Map<String, Integer> counts) {
    counts.forEach((k, v) -> table.row(indicator, k, v));
  }
}
