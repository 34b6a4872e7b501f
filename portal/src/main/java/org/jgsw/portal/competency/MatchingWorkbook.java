package org.jgsw.portal.competency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.IneligibleCandidate;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.RankedCandidate;
import org.jgsw.competency.domain.Requirement;
import org.jgsw.competency.domain.RequirementFit;

/**
 * Excel exports of matching (.xlsx): the ranking (ranked, ineligible, the model and formula) and one
 * person's fit report with every number of the formula, so HR can recompute it.
 */
public final class MatchingWorkbook {

  private MatchingWorkbook() {}

  public static byte[] ranking(MatchResult result, String postName) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PostModel model = result.model();
      Sheet ranked = wb.createSheet("排名");
      List<Requirement> reqs = model.requirements();
      Row h = ranked.createRow(0);
      int col = 0;
      for (String s : new String[] {"名次", "人员编号", "姓名", "进入渠道", "单位", "年龄", "学历", "匹配度", "失分合计", "未证实项数"}) {
        h.createCell(col++).setCellValue(s);
      }
      for (Requirement r : reqs) {
        h.createCell(col++).setCellValue(r.competencyName() + "（要求 " + r.required().value() + "）");
      }
      int rowNo = 1;
      for (RankedCandidate rc : result.ranking().ranked()) {
        FitResult f = rc.result();
        PersonSummary p = result.person(f.personId());
        Row row = ranked.createRow(rowNo++);
        col = 0;
        row.createCell(col++).setCellValue(rc.rank());
        row.createCell(col++).setCellValue(f.personId());
        row.createCell(col++).setCellValue(f.name());
        row.createCell(col++).setCellValue(p == null ? "" : nz(p.channelLabel()));
        row.createCell(col++).setCellValue(p == null ? "" : nz(p.unitName()));
        if (p != null && p.age() != null) row.createCell(col).setCellValue(p.age());
        col++;
        row.createCell(col++).setCellValue(p == null ? "" : nz(p.educationLabel()));
        row.createCell(col++).setCellValue(round(f.fit()));
        row.createCell(col++).setCellValue(round(f.pointsLost()));
        row.createCell(col++).setCellValue(f.unprovenCount());
        for (RequirementFit rf : f.breakdown()) {
          row.createCell(col++).setCellValue(rf.missing() ? "未评定" : rf.assessed() + (rf.proven() ? "" : "（未证实）"));
        }
      }
      Sheet inel = wb.createSheet("不符合条件");
      Row ih = inel.createRow(0);
      ih.createCell(0).setCellValue("人员编号");
      ih.createCell(1).setCellValue("姓名");
      ih.createCell(2).setCellValue("进入渠道");
      ih.createCell(3).setCellValue("原因");
      rowNo = 1;
      for (IneligibleCandidate i : result.ranking().ineligible()) {
        Row row = inel.createRow(rowNo++);
        PersonSummary p = result.person(i.personId());
        row.createCell(0).setCellValue(i.personId());
        row.createCell(1).setCellValue(i.name());
        row.createCell(2).setCellValue(p == null ? "" : nz(p.channelLabel()));
        row.createCell(3).setCellValue(String.join("；", i.reasons()));
      }
      modelSheet(wb, model, postName, result.ranking().formula());
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] fitReport(FitResult f, PostModel model, String postName, PersonSummary person) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("匹配报告");
      int r = 0;
      line(s, r++, "姓名", f.name());
      line(s, r++, "人员编号", f.personId());
      if (person != null) {
        line(s, r++, "进入渠道", nz(person.channelLabel()));
        line(s, r++, "单位", nz(person.unitName()));
      }
      line(s, r++, "岗位胜任力模型", postName + " " + model.id());
      line(s, r++, "是否符合条件", f.eligible() ? "符合" : "不符合：" + String.join("；", f.reasons()));
      line(s, r++, "W = Σ 权重 × 要求等级", String.valueOf(round(f.requiredPointsTotal())));
      line(s, r++, "失分合计 L", String.valueOf(round(f.pointsLost())));
      if (model.overQualificationCompensates()) {
        line(s, r++, "超配得分 S", String.valueOf(round(f.surplusPoints())));
        line(s, r++, "抵补额 min(S, L/2)", String.valueOf(round(f.offsetPoints())));
      }
      line(s, r++, "匹配度", String.valueOf(round(f.fit())));
      r++;
      Row h = s.createRow(r++);
      String[] head = {"能力", "门槛", "要求等级 r", "实际等级 c", "权重 w", "w×r", "w×max(0,r−c)", "失分 (÷W)", "得分 (÷W)", "佐证来源", "佐证日期", "记录人", "说明"};
      for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
      for (RequirementFit rf : f.breakdown()) {
        Row row = s.createRow(r++);
        row.createCell(0).setCellValue(rf.name() + "（" + rf.competency() + "）");
        row.createCell(1).setCellValue(rf.mustHave() ? "是" : "");
        row.createCell(2).setCellValue(rf.required());
        row.createCell(3).setCellValue(rf.missing() ? "未评定（按 0 计）" : rf.assessed() + (rf.proven() ? "" : "（未证实）"));
        row.createCell(4).setCellValue(rf.weight());
        row.createCell(5).setCellValue(rf.weight() * rf.required());
        row.createCell(6).setCellValue(rf.weight() * Math.max(0, rf.required() - rf.assessed()));
        row.createCell(7).setCellValue(round(rf.pointsLost()));
        row.createCell(8).setCellValue(round(rf.pointsGained()));
        if (rf.evidence().isPresent()) {
          Evidence e = rf.evidence().get();
          row.createCell(9).setCellValue(e.source().label());
          row.createCell(10).setCellValue(e.date().toString());
          row.createCell(11).setCellValue(e.recordedBy());
          row.createCell(12).setCellValue(e.detail());
        }
      }
      r++;
      s.createRow(r++).createCell(0).setCellValue(org.jgsw.competency.domain.FitFormula.statementFor(model));
      s.createRow(r).createCell(0).setCellValue(CurrentLevelRule.STATEMENT);
      for (int i = 0; i < 13; i++) s.setColumnWidth(i, (i == 0 ? 24 : 12) * 256);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The structure of a unit as a workbook: one sheet per distribution, the gaps and the units below. */
  public static byte[] structure(WorkforceStructure s) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sum = wb.createSheet("概况");
      int r = 0;
      line(sum, r++, "单位", s.unitName());
      line(sum, r++, "在职人数", String.valueOf(s.total()));
      line(sum, r++, "35 岁以下年轻干部", s.young() + "（" + Math.round(s.youngRatio() * 1000) / 10.0 + "%）");
      line(sum, r++, "有岗位胜任力模型的人数", String.valueOf(s.withModel()));
      line(sum, r, "专业类别不符合岗位模型的人数", String.valueOf(s.majorMismatch()));
      counts(wb, "年龄", s.byAge());
      counts(wb, "学历", s.byEducation());
      counts(wb, "专业类别", s.byMajorFamily());
      counts(wb, "进入渠道", s.byChannel());
      Sheet gaps = wb.createSheet("常见能力差距");
      Row gh = gaps.createRow(0);
      gh.createCell(0).setCellValue("能力");
      gh.createCell(1).setCellValue("存在差距人数");
      gh.createCell(2).setCellValue("平均差距（级）");
      r = 1;
      for (WorkforceStructure.GapCount g : s.commonGaps()) {
        Row row = gaps.createRow(r++);
        row.createCell(0).setCellValue(g.name());
        row.createCell(1).setCellValue(g.people());
        row.createCell(2).setCellValue(round(g.averageGap()));
      }
      Sheet units = wb.createSheet("下级单位");
      Row uh = units.createRow(0);
      uh.createCell(0).setCellValue("单位");
      uh.createCell(1).setCellValue("类型");
      uh.createCell(2).setCellValue("人数");
      uh.createCell(3).setCellValue("35 岁以下");
      r = 1;
      for (WorkforceStructure.SubUnit u : s.subUnits()) {
        Row row = units.createRow(r++);
        row.createCell(0).setCellValue(u.name());
        row.createCell(1).setCellValue(u.kind());
        row.createCell(2).setCellValue(u.total());
        row.createCell(3).setCellValue(u.young());
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void counts(XSSFWorkbook wb, String name, Map<String, Integer> counts) {
    Sheet s = wb.createSheet(name);
    int r = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(e.getKey());
      row.createCell(1).setCellValue(e.getValue());
    }
  }

  private static void modelSheet(XSSFWorkbook wb, PostModel model, String postName, String formula) {
    Sheet s = wb.createSheet("模型与公式");
    int r = 0;
    line(s, r++, "岗位", postName + "（" + model.post() + "）");
    line(s, r++, "模型版本", model.id().toString());
    Row h = s.createRow(r++);
    String[] head = {"能力", "要求等级", "权重", "门槛"};
    for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
    for (Requirement q : model.requirements()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(q.competencyName());
      row.createCell(1).setCellValue(q.required().value());
      row.createCell(2).setCellValue(q.weight());
      row.createCell(3).setCellValue(q.mustHave() ? "是" : "");
    }
    r++;
    s.createRow(r++).createCell(0).setCellValue(formula);
    s.createRow(r).createCell(0).setCellValue(CurrentLevelRule.STATEMENT);
    s.setColumnWidth(0, 30 * 256);
  }

  private static void line(Sheet s, int r, String label, String value) {
    Row row = s.createRow(r);
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellValue(value);
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
