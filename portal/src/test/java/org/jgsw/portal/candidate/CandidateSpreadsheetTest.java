package org.jgsw.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.portal.organisation.Education;
import org.jgsw.portal.organisation.EntryChannel;
import org.jgsw.portal.organisation.MajorFamily;
import org.junit.jupiter.api.Test;

class CandidateSpreadsheetTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void readsChineseLabelsCodesAndLevelColumns_andReportsEveryProblemOfABadRow() throws IOException {
    byte[] xlsx = workbook(new String[][] {
      {"姓名", "报名编号", "出生日期", "学历", "进入渠道", "专业类别", "笔试成绩", "能力:gen-comm"},
      {"张三", "A1", "1998-05-12", "本科", "选调生", "工学", "78.5", "3"},
      {"李四", "A2", "1999/01/02", "MASTER", "OPEN_EXAM", "", "", ""},
      {"", "A3", "", "小学", "其他渠道", "", "120", "6"},
    });
    List<CandidateRow> rows = new CandidateSpreadsheet().read(xlsx, TODAY);
    assertThat(rows).hasSize(3);
    CandidateRow first = rows.get(0);
    assertThat(first.problems()).isEmpty();
    assertThat(first.candidate().getEducation()).isEqualTo(Education.BACHELOR);
    assertThat(first.candidate().getChannel()).isEqualTo(EntryChannel.SELECTED_GRADUATE);
    assertThat(first.candidate().getMajorFamily()).isEqualTo(MajorFamily.ENGINEERING);
    assertThat(first.levels()).containsEntry("GEN-COMM", 3);
    assertThat(rows.get(1).problems()).isEmpty();
    assertThat(rows.get(1).candidate().getBirthDate()).isEqualTo(LocalDate.of(1999, 1, 2));
    CandidateRow bad = rows.get(2);
    assertThat(bad.row()).isEqualTo(4);
    assertThat(bad.problems()).hasSize(6).anySatisfy(p -> assertThat(p).contains("姓名")).anySatisfy(p -> assertThat(p).contains("出生日期"))
        .anySatisfy(p -> assertThat(p).contains("学历")).anySatisfy(p -> assertThat(p).contains("进入渠道"))
        .anySatisfy(p -> assertThat(p).contains("笔试成绩")).anySatisfy(p -> assertThat(p).contains("能力:"));
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws IOException {
    byte[] xlsx = workbook(new String[][] {{"姓名", "学历"}, {"张三", "本科"}});
    assertThatThrownBy(() -> new CandidateSpreadsheet().read(xlsx, TODAY)).hasMessageContaining("缺少必填列");
    assertThatThrownBy(() -> new CandidateSpreadsheet().read(new byte[] {1, 2, 3}, TODAY)).hasMessageContaining(".xlsx");
  }

  @Test
  void theTemplateReadsBackAsOneGoodRow() {
    byte[] template = new CandidateSpreadsheet().template(List.of("GEN-COMM"));
    List<CandidateRow> rows = new CandidateSpreadsheet().read(template, TODAY);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).problems()).isEmpty();
    assertThat(rows.get(0).levels()).containsEntry("GEN-COMM", 3);
  }

  private static byte[] workbook(String[][] rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet();
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
