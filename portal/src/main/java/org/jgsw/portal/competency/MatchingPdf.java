package org.jgsw.portal.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jgsw.competency.domain.CurrentLevelRule;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.FitFormula;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.IneligibleCandidate;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.RankedCandidate;
import org.jgsw.competency.domain.Requirement;
import org.jgsw.competency.domain.RequirementFit;

/**
 * PDF exports of matching, for the file or the selection committee: the ranking (model, formula,
 * ranked people with their shortfalls, the ineligible with reasons) and one person's fit report with
 * every number of the formula, so that it can be recomputed by hand from the paper.
 *
 * <p>Uses the same Chinese font setting as the completion certificates ({@code
 * portal.certificate.font}); without the font file no PDF is offered, since the standard PDF fonts
 * have no Chinese characters.
 */
@ApplicationScoped
public class MatchingPdf {

  public static final String CONTENT_TYPE = "application/pdf";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject
  @ConfigProperty(name = "portal.certificate.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
  String fontPath;

  public boolean isAvailable() {
    return new File(fontPath).isFile();
  }

  /** The ranking as shown on the match page. */
  public byte[] ranking(MatchResult result, String postName, String generatedBy) {
    PostModel model = result.model();
    try (ReportPdf pdf = ReportPdf.create(new File(fontPath))) {
      pdf.title("人岗匹配排名：" + postName);
      pdf.paragraph("岗位胜任力模型 " + model.id() + "（岗位编码 " + model.post() + "，第 " + model.version() + " 版）　生成：" + generatedBy + "　"
          + LocalDateTime.now().format(STAMP));
      pdf.paragraph("参与匹配 " + result.ranking().evaluatedCount() + " 人，符合条件 " + result.ranking().eligibleCount() + " 人，不符合条件 "
          + result.ranking().ineligibleCount() + " 人；下表列出排名前 " + result.ranking().ranked().size() + " 人。");
      formula(pdf, model, result.ranking().formula());
      requirements(pdf, model);

      pdf.heading("排名");
      List<List<String>> rows = new ArrayList<>();
      for (RankedCandidate rc : result.ranking().ranked()) {
        FitResult f = rc.result();
        PersonSummary p = result.person(f.personId());
        rows.add(List.of(String.valueOf(rc.rank()), f.name(), f.personId(), p == null ? "" : nz(p.channelLabel()), p == null ? "" : nz(p.unitName()),
            p == null || p.age() == null ? "" : String.valueOf(p.age()), p == null ? "" : nz(p.educationLabel()), four(f.fit()),
            four(f.pointsLost()), String.valueOf(f.unprovenCount()), shortfalls(f)));
      }
      if (rows.isEmpty()) {
        pdf.paragraph("没有符合条件的人员。");
      } else {
        pdf.table(new float[] {.04f, .07f, .06f, .07f, .14f, .04f, .06f, .06f, .06f, .05f, .35f},
            List.of("名次", "姓名", "人员编号", "进入渠道", "单位", "年龄", "学历", "匹配度", "失分 L", "未证实", "未达要求的能力（实际/要求）"), rows);
      }

      pdf.heading("不符合条件（不参与排名）");
      List<List<String>> out = new ArrayList<>();
      for (IneligibleCandidate i : result.ranking().ineligible()) {
        PersonSummary p = result.person(i.personId());
        out.add(List.of(i.name(), i.personId(), p == null ? "" : nz(p.channelLabel()), String.join("；", i.reasons())));
      }
      if (out.size() < result.ranking().ineligibleCount()) {
        pdf.paragraph("共 " + result.ranking().ineligibleCount() + " 人不符合条件，下表按姓名列出前 " + out.size() + " 人。");
      }
      if (out.isEmpty()) {
        pdf.paragraph("无。");
      } else {
        pdf.table(new float[] {.1f, .08f, .1f, .72f}, List.of("姓名", "人员编号", "进入渠道", "原因"), out);
      }
      return pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One person's fit report: eligibility, the sums of the formula and a row per requirement. */
  public byte[] fitReport(FitResult f, PostModel model, String postName, PersonSummary person, String generatedBy) {
    try (ReportPdf pdf = ReportPdf.create(new File(fontPath))) {
      pdf.title("匹配报告：" + f.name() + "（" + f.personId() + "）");
      pdf.paragraph("岗位：" + postName + "　岗位胜任力模型 " + model.id() + "（第 " + model.version() + " 版）　生成：" + generatedBy + "　"
          + LocalDateTime.now().format(STAMP));
      if (person != null) {
        pdf.paragraph("进入渠道：" + nz(person.channelLabel()) + "　单位：" + nz(person.unitName()) + "　年龄：" + (person.age() == null ? "—" : person.age())
            + "　学历：" + nz(person.educationLabel()));
      }
      if (f.eligible()) {
        pdf.paragraph("资格：符合全部门槛能力和硬性条件。");
      } else {
        pdf.paragraph("资格：不符合条件，不参与排名。原因：" + String.join("；", f.reasons()));
      }
      pdf.heading("匹配度计算");
      pdf.paragraph("W = Σ(权重 × 要求等级) = " + number(f.requiredPointsTotal()));
      pdf.paragraph("失分合计 L = Σ 权重 × max(0, 要求等级 − 实际等级) ÷ W = " + four(f.pointsLost()));
      if (model.overQualificationCompensates()) {
        pdf.paragraph("超配得分 S = " + four(f.surplusPoints()) + "；抵补额 = min(S, L ÷ 2) = " + four(f.offsetPoints()));
        pdf.paragraph("匹配度 = 1 − L + 抵补额 = " + four(f.fit()));
      } else {
        pdf.paragraph("匹配度 = 1 − L = " + four(f.fit()));
      }
      pdf.paragraph("未证实的等级 " + f.unprovenCount() + " 项，未评定 " + f.missingCount() + " 项。");

      List<List<String>> rows = new ArrayList<>();
      for (RequirementFit rf : f.breakdown()) {
        rows.add(List.of(rf.name() + (rf.mustHave() ? "（门槛）" : ""), String.valueOf(rf.required()),
            rf.missing() ? "未评定" : rf.assessed() + (rf.proven() ? "" : "（未证实）"), number(rf.weight()), number(rf.weight() * rf.required()),
            number(rf.weight() * Math.max(0, rf.required() - rf.assessed())), four(rf.pointsLost()), four(rf.pointsGained()),
            rf.evidence().map(MatchingPdf::evidence).orElse("无佐证")));
      }
      pdf.table(new float[] {.16f, .06f, .08f, .05f, .05f, .08f, .07f, .07f, .38f},
          List.of("能力", "要求 r", "实际 c", "权重 w", "w×r", "w×max(0,r−c)", "失分", "得分", "佐证（来源 · 等级 · 日期 · 记录人 · 说明）"), rows);
      pdf.heading("公式与等级判定规则");
      pdf.paragraph(FitFormula.statementFor(model));
      pdf.paragraph(CurrentLevelRule.STATEMENT);
      return pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void formula(ReportPdf pdf, PostModel model, String formula) throws IOException {
    pdf.heading("计算公式");
    pdf.paragraph(formula);
    pdf.paragraph("W = Σ(权重 × 要求等级) = " + number(model.requiredPointsTotal()));
    List<String> hard = HardConditionTexts.of(model.hardConditions());
    pdf.paragraph("硬性条件：" + (hard.isEmpty() ? "无" : String.join("；", hard)));
    pdf.paragraph(CurrentLevelRule.STATEMENT);
  }

  private static void requirements(ReportPdf pdf, PostModel model) throws IOException {
    pdf.heading("模型要求");
    List<List<String>> rows = new ArrayList<>();
    for (Requirement r : model.requirements()) {
      rows.add(List.of(r.competencyName(), r.competency().value(), String.valueOf(r.required().value()), number(r.weight()),
          number(r.requiredPoints()), r.mustHave() ? "是" : ""));
    }
    pdf.table(new float[] {.34f, .22f, .11f, .11f, .11f, .11f}, List.of("能力", "编码", "要求等级", "权重", "w×r", "门槛"), rows);
  }

  /** The requirements a ranked person does not meet, e.g. “沟通协调 2/3”. */
  private static String shortfalls(FitResult f) {
    List<String> list = new ArrayList<>();
    for (RequirementFit rf : f.breakdown()) {
      if (!rf.met()) {
        list.add(rf.name() + " " + (rf.missing() ? "未评定" : rf.assessed()) + "/" + rf.required());
      }
    }
    return list.isEmpty() ? "全部达到" : String.join("，", list);
  }

  private static String evidence(Evidence e) {
    String s = e.source().label() + " · " + e.level().value() + " 级 · " + e.date() + " · " + e.recordedBy();
    return e.detail().isEmpty() ? s : s + " · " + e.detail();
  }

  /** Fit and points: four decimals, as on the match page. */
  static String four(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  /** Weights, W and products: up to four decimals, without trailing zeros. */
  static String number(double d) {
    String s = String.format(Locale.ROOT, "%.4f", d);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
