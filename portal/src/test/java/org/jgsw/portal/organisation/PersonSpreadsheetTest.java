package org.jgsw.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jgsw.portal.organisation.PeopleSheets.HEADER;
import static org.jgsw.portal.organisation.PeopleSheets.check;
import static org.jgsw.portal.organisation.PeopleSheets.goodRow;
import static org.jgsw.portal.organisation.PeopleSheets.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jgsw.portal.common.BusinessRuleException;
import org.jgsw.portal.organisation.PersonImportValidator.Result;
import org.jgsw.portal.organisation.PersonImportValidator.ValidRow;
import org.jgsw.portal.organisation.PersonSpreadsheet.SheetRow;
import org.junit.jupiter.api.Test;

class PersonSpreadsheetTest {

  @Test
  void headers_are_matched_by_name_in_any_order_in_chinese_or_english() {
    Object[] header = {"Name", "备注", "Staff No", "unit", "Birth date", "education", "GENDER", "进入渠道", "Post"};
    Object[] row = {"陈静", "忽略此列", "E01", "AH-BGS", "1992-02-02", "Bachelor", "女", "公开招考", "文秘岗"};

    ValidRow person = check(xlsx(header, row)).valid().get(0);

    assertThat(person.staffNo()).isEqualTo("E01");
    assertThat(person.name()).isEqualTo("陈静");
    assertThat(person.gender()).isEqualTo(Gender.FEMALE);
    assertThat(person.post()).isSameAs(PeopleSheets.WENMI);
    assertThat(person.entryChannel()).isEqualTo(EntryChannel.OPEN_EXAM);
  }

  @Test
  void headers_may_carry_a_required_marker_a_remark_or_blanks() {
    assertThat(PersonColumn.forHeader("工号*")).contains(PersonColumn.STAFF_NO);
    assertThat(PersonColumn.forHeader(" 出生日期（必填） ")).contains(PersonColumn.BIRTH_DATE);
    assertThat(PersonColumn.forHeader("staff_no")).contains(PersonColumn.STAFF_NO);
    assertThat(PersonColumn.forHeader("Entry channel")).contains(PersonColumn.ENTRY_CHANNEL);
    assertThat(PersonColumn.forHeader("备注")).isEmpty();
  }

  @Test
  void a_file_without_a_required_column_is_refused_naming_the_missing_columns() {
    Object[] header = {"工号", "姓名", "性别", "学历"};

    assertThatThrownBy(() -> PersonSpreadsheet.read(xlsx(header, new Object[] {"P1", "王伟", "男", "本科"})))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
          assertThat(e.getMessageKey()).isEqualTo("import.file.missingColumns");
          assertThat(e.getArguments()).containsExactly("出生日期、单位");
        });
  }

  @Test
  void the_header_must_be_row_one() {
    assertThatThrownBy(() -> PersonSpreadsheet.read(xlsx(null, HEADER, goodRow("P1"))))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("import.file.noHeader"));
    assertThatThrownBy(() -> PersonSpreadsheet.read(xlsx(new Object[] {"甲", "乙"}, goodRow("P1"))))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("import.file.noHeader"));
  }

  @Test
  void a_file_with_only_a_header_has_no_rows() {
    assertThat(PersonSpreadsheet.read(xlsx(HEADER))).isEmpty();
  }

  @Test
  void files_that_are_not_xlsx_are_refused_with_a_reason() throws Exception {
    assertThat(refusal(new byte[0])).isEqualTo("import.file.empty");
    assertThat(refusal("工号,姓名\nP1,王伟\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.file.notXlsx");
    assertThat(refusal("%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII))).isEqualTo("import.file.notXlsx");
    assertThat(refusal(zipWithoutWorkbook())).isEqualTo("import.file.notXlsx");
    assertThat(refusal(oldExcelFile())).isEqualTo("import.file.xls");
    assertThat(refusal(new byte[PersonSpreadsheet.MAX_BYTES + 1])).isEqualTo("import.file.tooLarge");
  }

  @Test
  void an_export_imports_again_unchanged() {
    Person full = new Person("R1", "周杰", Gender.MALE, LocalDate.of(1979, 11, 30), Education.MASTER, PeopleSheets.BGS);
    full.setMajor("土木工程");
    full.setMajorFamily(MajorFamily.ENGINEERING);
    full.setPoliticalStatus(PoliticalStatus.DEMOCRATIC_PARTY);
    full.setHireDate(LocalDate.of(2003, 7, 15));
    full.setPost(PeopleSheets.WENMI);
    full.setRank(Rank.DEPUTY_DIVISION_CHIEF);
    full.setEntryChannel(EntryChannel.VETERAN_TRANSFER);
    Person minimal = new Person("R2", "吴芳", Gender.FEMALE, LocalDate.of(2000, 2, 29), Education.JUNIOR_COLLEGE, PeopleSheets.HF_ZH);

    Result result = check(PersonSpreadsheet.write(List.of(full, minimal)));

    assertThat(result.problems()).isEmpty();
    assertThat(result.valid()).hasSize(2);
    for (int i = 0; i < 2; i++) {
      Person original = List.of(full, minimal).get(i);
      Person copy = new Person();
      result.valid().get(i).applyTo(copy);
      assertThat(copy).usingRecursiveComparison().comparingOnlyFields(
              "staffNo", "name", "gender", "birthDate", "education", "major", "majorFamily", "politicalStatus", "hireDate", "unit", "post", "rank", "entryChannel")
          .isEqualTo(original);
    }
  }

  @Test
  void an_export_writes_chinese_labels_codes_and_real_dates() throws Exception {
    Person p = new Person("R1", "周杰", Gender.MALE, LocalDate.of(1979, 11, 30), Education.MASTER, PeopleSheets.BGS);
    p.setPost(PeopleSheets.WENMI);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(PersonSpreadsheet.write(List.of(p))))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
      assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) HEADER.length);
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("男");
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("硕士研究生");
      assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(3))).isTrue();
      assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("AH-BGS");
      assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("AH-BGS-WM");
      assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("其他");
    }
  }

  @Test
  void the_template_has_the_header_one_valid_example_row_and_a_notes_sheet() throws Exception {
    byte[] template = PersonSpreadsheet.template(PeopleSheets.UNITS, PeopleSheets.POSTS);

    List<SheetRow> rows = PersonSpreadsheet.read(template);
    assertThat(rows).singleElement().extracting(SheetRow::rowNumber).isEqualTo(2);
    Result result = check(template);
    assertThat(result.problems()).isEmpty();
    assertThat(result.valid().get(0).unit()).isSameAs(PeopleSheets.BGS);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(workbook.getSheetName(1)).isEqualTo("说明");
      String notes = text(workbook.getSheetAt(1));
      assertThat(notes).contains("选调生", "四级主任科员", "本科", "AH-HF-ZH", "综合岗", "留空时按“其他”处理");
      assertThat(workbook.getSheetAt(0).getDataValidations()).isNotEmpty();
    }
  }

  private static String refusal(byte[] content) {
    try {
      PersonSpreadsheet.read(content);
      return "accepted";
    } catch (BusinessRuleException e) {
      return e.getMessageKey();
    }
  }

  private static byte[] zipWithoutWorkbook() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] oldExcelFile() throws Exception {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("人员").createRow(0).createCell(0).setCellValue("工号");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static String text(Sheet sheet) {
    StringBuilder all = new StringBuilder();
    sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('\n')));
    return all.toString();
  }
}
