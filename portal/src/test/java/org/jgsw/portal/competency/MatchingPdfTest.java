package org.jgsw.portal.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.File;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jgsw.competency.domain.AssessedLevel;
import org.jgsw.competency.domain.CandidateProfile;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.competency.domain.Evidence;
import org.jgsw.competency.domain.EvidenceSource;
import org.jgsw.competency.domain.FitResult;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.junit.jupiter.api.Test;

/**
 * The fit report PDF read back as text: every number of the formula is there, long evidence wraps
 * instead of running off the page, and characters the font lacks do not break the export.
 */
class MatchingPdfTest {

  private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

  private final PostModel model = PostModel.draft(PostId.of("P-TEST")).require("GEN-COMM", "沟通协调", 3, 2, true)
      .require("PRO-VEH-DISPATCH", "公务用车调度", 4, 3, false).build();

  private final CandidateProfile person = new CandidateProfile("C7", "王芳", "OPEN_EXAM", 30, EducationLevel.BACHELOR, "工学", 5, null, Map.of(
      CompetencyCode.of("GEN-COMM"), AssessedLevel.from(Evidence.of(CompetencyCode.of("GEN-COMM"), 2, EvidenceSource.INTERVIEW,
          LocalDate.of(2026, 3, 1), "陈静（人事处）").withDetail("结构化面试".repeat(30) + " 𝄞")),
      CompetencyCode.of("PRO-VEH-DISPATCH"), AssessedLevel.from(Evidence.of(CompetencyCode.of("PRO-VEH-DISPATCH"), 4,
          EvidenceSource.ASSESSMENT, LocalDate.of(2026, 2, 1), "陈静（人事处）"))));

  @Test
  void theFitReportStatesEveryNumberAndTheReasons() throws IOException {
    MatchingPdf pdf = pdf();
    FitResult fit = model.evaluate(person);

    String text = text(pdf.fitReport(fit, model, "调度岗", null, "hr"));

    assertThat(fit.eligible()).isFalse();
    assertThat(text).contains("匹配报告：王芳（C7）").contains("P-TEST@v1").contains("不符合条件")
        .contains("沟通协调 要求 3 级，实际 2 级")
        .contains("W = Σ(权重 × 要求等级) = 18")
        .contains("匹配度 = 1 − L = " + String.format("%.4f", fit.fit()))
        .contains("公务用车调度").contains("面试 · 2 级 · 2026-03-01 · 陈静（人事处）");
    assertThat(text.replaceAll("\\s+", "")).contains("结构化面试".repeat(30));
  }

  @Test
  void withoutTheFontNoPdfIsOffered() {
    MatchingPdf pdf = new MatchingPdf();
    pdf.fontPath = "/no/such/font.ttc";
    assertThat(pdf.isAvailable()).isFalse();
  }

  private static MatchingPdf pdf() {
    assumeTrue(new File(FONT).isFile(), "needs fonts-wqy-microhei, as the portal's PDFs do");
    MatchingPdf pdf = new MatchingPdf();
    pdf.fontPath = FONT;
    return pdf;
  }

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
