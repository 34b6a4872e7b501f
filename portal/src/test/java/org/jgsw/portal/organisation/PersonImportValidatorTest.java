package org.jgsw.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jgsw.portal.organisation.PeopleSheets.HEADER;
import static org.jgsw.portal.organisation.PeopleSheets.check;
import static org.jgsw.portal.organisation.PeopleSheets.goodRow;
import static org.jgsw.portal.organisation.PeopleSheets.with;
import static org.jgsw.portal.organisation.PeopleSheets.xlsx;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jgsw.portal.organisation.PersonImportValidator.Result;
import org.jgsw.portal.organisation.PersonImportValidator.ValidRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonImportValidatorTest {

  // column indexes of HEADER
  static final int STAFF_NO = 0, NAME = 1, GENDER = 2, BIRTH = 3, EDUCATION = 4, MAJOR = 5, FAMILY = 6, POLITICAL = 7, HIRE = 8, UNIT = 9, POST = 10, RANK = 11, CHANNEL = 12;

  @Test
  void a_good_row_becomes_a_person_with_every_field() {
    Result result = check(xlsx(HEADER, goodRow("P001")));

    assertThat(result.problems()).isEmpty();
    ValidRow row = result.valid().get(0);
    assertThat(row.rowNumber()).isEqualTo(2);
    assertThat(row.staffNo()).isEqualTo("P001");
    assertThat(row.name()).isEqualTo("王伟");
    assertThat(row.gender()).isEqualTo(Gender.MALE);
    assertThat(row.birthDate()).isEqualTo(LocalDate.of(1988, 3, 15));
    assertThat(row.education()).isEqualTo(Education.BACHELOR);
    assertThat(row.major()).isEqualTo("行政管理");
    assertThat(row.majorFamily()).isEqualTo(MajorFamily.MANAGEMENT);
    assertThat(row.politicalStatus()).isEqualTo(PoliticalStatus.CPC_MEMBER);
    assertThat(row.hireDate()).isEqualTo(LocalDate.of(2010, 7, 1));
    assertThat(row.unit()).isSameAs(PeopleSheets.BGS);
    assertThat(row.post()).isSameAs(PeopleSheets.WENMI);
    assertThat(row.rank()).isEqualTo(Rank.PRINCIPAL_STAFF_4);
    assertThat(row.entryChannel()).isEqualTo(EntryChannel.SELECTED_GRADUATE);

    Person person = new Person();
    row.applyTo(person);
    assertThat(person.getStaffNo()).isEqualTo("P001");
    assertThat(person.getPost()).isSameAs(PeopleSheets.WENMI);
    assertThat(person.isActive()).isTrue();
  }

  @Test
  void coded_cells_take_the_chinese_label_the_english_label_or_the_constant() {
    Object[] english = {"P1", "Li Na", "Female", "1990-01-01", "Master", "Law", "law", "CPC member", "", "AH-BGS", "", "Fourth-grade principal staff member", "Open exam"};
    Object[] constants = {"P2", "李娜", "FEMALE", "1990-01-01", "DOCTORATE", "", "LAW", "cyl_member", "", "AH-BGS", "", "PRINCIPAL_STAFF_1", "open_selection"};
    Object[] aliases = {"P3", "李娜", "女性", "1990-01-01", "硕士", "", "", "党员", "", "AH-BGS", "", "", "军转"};

    Result result = check(xlsx(HEADER, english, constants, aliases));

    assertThat(result.problems()).isEmpty();
    assertThat(result.valid()).extracting(ValidRow::gender).containsOnly(Gender.FEMALE);
    assertThat(result.valid()).extracting(ValidRow::education).containsExactly(Education.MASTER, Education.DOCTORATE, Education.MASTER);
    assertThat(result.valid()).extracting(ValidRow::politicalStatus)
        .containsExactly(PoliticalStatus.CPC_MEMBER, PoliticalStatus.CYL_MEMBER, PoliticalStatus.CPC_MEMBER);
    assertThat(result.valid()).extracting(ValidRow::entryChannel)
        .containsExactly(EntryChannel.OPEN_EXAM, EntryChannel.OPEN_SELECTION, EntryChannel.VETERAN_TRANSFER);
    assertThat(result.valid().get(0).rank()).isEqualTo(Rank.PRINCIPAL_STAFF_4);
  }

  @Test
  void optional_cells_may_stay_empty_and_an_empty_entry_channel_means_other() {
    Object[] minimal = {"P1", "赵敏", "女", "1995-09-09", "大专", null, null, null, null, "AH-BGS", null, null, null};

    ValidRow row = check(xlsx(HEADER, minimal)).valid().get(0);

    assertThat(row.entryChannel()).isEqualTo(EntryChannel.OTHER);
    assertThat(row.post()).isNull();
    assertThat(row.rank()).isNull();
    assertThat(row.hireDate()).isNull();
    assertThat(row.politicalStatus()).isNull();
  }

  @Test
  void the_unit_is_found_by_code_in_any_case_or_by_a_unique_name_and_the_post_by_code_or_name_within_it() {
    Result result = check(xlsx(HEADER,
        with(with(goodRow("P1"), UNIT, "ah-bgs"), POST, "文秘岗"),
        with(with(goodRow("P2"), UNIT, "办公室"), POST, "ah-bgs-wm"),
        with(with(goodRow("P3"), UNIT, "AH-HF-ZH"), POST, "综合岗")));

    assertThat(result.problems()).isEmpty();
    assertThat(result.valid()).extracting(ValidRow::unit).containsExactly(PeopleSheets.BGS, PeopleSheets.BGS, PeopleSheets.HF_ZH);
    assertThat(result.valid()).extracting(ValidRow::post).containsExactly(PeopleSheets.WENMI, PeopleSheets.WENMI, PeopleSheets.ZONGHE);
  }

  @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
  @CsvSource(delimiter = '|', value = {
      "0  |       | import.required",
      "1  |       | import.required",
      "2  |       | import.required",
      "2  | 未知   | import.enum.invalid",
      "3  |       | import.required",
      "3  | 去年   | import.date.invalid",
      "3  | 1990-02-30 | import.date.invalid",
      "3  | 2015-01-01 | person.birthDate.ageRange",
      "3  | 1950-01-01 | person.birthDate.ageRange",
      "3  | 2030-01-01 | person.birthDate.notPast",
      "4  |       | import.required",
      "4  | 小学   | import.enum.invalid",
      "6  | 玄学   | import.enum.invalid",
      "7  | 无     | import.enum.invalid",
      "8  | 2026-01-01 | person.hireDate.future",
      "8  | 2000-01-01 | person.hireDate.beforeAge16",
      "8  | 不详   | import.date.invalid",
      "9  |       | import.required",
      "9  | XX-999 | import.unit.notFound",
      "9  | 综合科 | import.unit.ambiguous",
      "9  | AH-OLD | import.unit.inactive",
      "10 | 司机岗 | import.post.notFound",
      "10 | AH-HF-ZH-01 | import.post.otherUnit",
      "10 | AH-BGS-CW | import.post.inactive",
      "11 | 科长   | import.enum.invalid",
      "12 | 推荐   | import.enum.invalid"})
  void each_bad_cell_rejects_its_row_with_a_reason(int column, String value, String expectedKey) {
    Result result = check(xlsx(HEADER, goodRow("OK1"), with(goodRow("BAD"), column, value), goodRow("OK2")));

    assertThat(result.valid()).extracting(ValidRow::staffNo).containsExactly("OK1", "OK2");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(3);
      assertThat(p.keys()).containsExactly(expectedKey);
    });
  }

  @Test
  void texts_longer_than_their_database_column_are_rejected() {
    Result result = check(xlsx(HEADER, with(with(goodRow("P1"), NAME, "名".repeat(61)), MAJOR, "专".repeat(121))));

    assertThat(result.problems().get(0).keys()).containsExactly("import.tooLong", "import.tooLong");
    assertThat(result.problems().get(0).messages(Locale.SIMPLIFIED_CHINESE).get(0)).isEqualTo("“姓名”最多 60 个字符，当前为 61 个，请缩短。");
  }

  @Test
  void every_problem_of_a_row_is_reported_at_once() {
    Object[] bad = {"P9", null, "X", "1990-13-01", "本科", null, null, null, null, "NOWHERE", "某岗", null, "推荐"};

    ImportProblem problem = check(xlsx(HEADER, bad)).problems().get(0);

    assertThat(problem.staffNo()).isEqualTo("P9");
    assertThat(problem.keys()).containsExactly("import.required", "import.enum.invalid", "import.date.invalid", "import.unit.notFound", "import.enum.invalid");
  }

  @Test
  void reasons_read_as_chinese_sentences_naming_the_column_value_and_the_fix() {
    ImportProblem problem = check(xlsx(HEADER, with(with(goodRow("P1"), GENDER, "未知"), UNIT, "综合科"))).problems().get(0);

    assertThat(problem.messages(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "“性别”的值“未知”无法识别，可填写：男、女。",
        "单位名称“综合科”对应 2 个单位，请改填单位编码。");
    assertThat(problem.messages(Locale.ENGLISH)).containsExactly(
        "Gender: \"未知\" is not a known value. Allowed: Male, Female.",
        "The unit name \"综合科\" matches 2 units; enter the unit code instead.");
  }

  @Test
  void a_repeated_staff_number_rejects_the_later_row_and_keeps_the_first() {
    Result result = check(xlsx(HEADER, goodRow("P1"), goodRow("P2"), with(goodRow("P1"), NAME, "重名")));

    assertThat(result.valid()).extracting(ValidRow::staffNo).containsExactly("P1", "P2");
    assertThat(result.valid().get(0).name()).isEqualTo("王伟");
    ImportProblem problem = result.problems().get(0);
    assertThat(problem.row()).isEqualTo(4);
    assertThat(problem.messages(Locale.SIMPLIFIED_CHINESE)).containsExactly("工号“P1”与本文件第 2 行重复，本行未导入。");
  }

  @Test
  void a_repeat_of_a_rejected_row_is_still_a_repeat() {
    Result result = check(xlsx(HEADER, with(goodRow("P1"), GENDER, "?"), goodRow("P1")));

    assertThat(result.valid()).isEmpty();
    assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(2, 3);
    assertThat(result.problems().get(1).keys()).containsExactly("import.staffNo.duplicate");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"1990-05-01", "1990/5/1", "1990.05.01", "19900501", "1990年5月1日", "' 1990-5-1 '", "1990-05-01 00:00:00"})
  void dates_written_as_text_are_understood(String text) {
    assertThat(check(xlsx(HEADER, with(goodRow("P1"), BIRTH, text))).valid())
        .singleElement().extracting(ValidRow::birthDate).isEqualTo(LocalDate.of(1990, 5, 1));
  }

  @Test
  void real_excel_dates_numbers_and_year_months_are_dates_too() {
    Result result = check(xlsx(HEADER,
        with(with(goodRow("P1"), BIRTH, LocalDate.of(1985, 12, 31)), HIRE, LocalDate.of(2008, 8, 1)),
        with(with(goodRow("P2"), BIRTH, 19851231), HIRE, "2008.08")));

    assertThat(result.problems()).isEmpty();
    assertThat(result.valid()).extracting(ValidRow::birthDate).containsOnly(LocalDate.of(1985, 12, 31));
    assertThat(result.valid()).extracting(ValidRow::hireDate).containsOnly(LocalDate.of(2008, 8, 1));
  }

  @Test
  void numeric_staff_numbers_are_read_as_shown_in_excel() {
    assertThat(check(xlsx(HEADER, with(goodRow(null), STAFF_NO, 1001))).valid()).extracting(ValidRow::staffNo).containsExactly("1001");
  }

  @Test
  void blank_rows_are_skipped_and_row_numbers_stay_those_excel_shows() {
    Object[] blankCells = {"", " ", null, "　"};
    Result result = check(xlsx(HEADER, goodRow("P1"), null, blankCells, with(goodRow("P2"), GENDER, "?"), null, goodRow("P3"), with(goodRow("P4"), UNIT, null)));

    assertThat(result.valid()).extracting(ValidRow::rowNumber).containsExactly(2, 7);
    assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(5, 8);
    assertThat(result.problems()).extracting(ImportProblem::staffNo).containsExactly("P2", "P4");
  }

  @Test
  void rules_on_dates_apply_to_single_saves_as_well() {
    LocalDate today = PeopleSheets.TODAY;
    assertThat(PersonRules.checkDates(LocalDate.of(1990, 1, 1), LocalDate.of(2012, 7, 1), today)).isEmpty();
    assertThat(PersonRules.checkDates(today.minusYears(16), today, today)).isEmpty();
    assertThat(PersonRules.checkDates(today.minusYears(16).plusDays(1), null, today)).extracting(r -> r.key()).containsExactly("person.birthDate.ageRange");
    assertThat(PersonRules.checkDates(today.minusYears(71), null, today)).extracting(r -> r.key()).containsExactly("person.birthDate.ageRange");
    assertThat(PersonRules.checkDates(LocalDate.of(1990, 1, 1), LocalDate.of(2005, 12, 31), today))
        .singleElement().satisfies(r -> assertThat(r.text(Locale.SIMPLIFIED_CHINESE))
            .isEqualTo("参加工作时间 2005-12-31 早于年满 16 周岁的日期 2006-01-01，请核对参加工作时间或出生日期。"));
  }

  @Test
  void an_empty_list_of_rows_gives_an_empty_result() {
    assertThat(PeopleSheets.validator().validate(List.of())).satisfies(r -> {
      assertThat(r.valid()).isEmpty();
      assertThat(r.problems()).isEmpty();
    });
  }
}
