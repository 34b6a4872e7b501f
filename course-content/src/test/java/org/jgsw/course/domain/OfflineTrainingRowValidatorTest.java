package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfflineTrainingRowValidatorTest {

  private final OfflineTrainingRowValidator validator =
      new OfflineTrainingRowValidator(Set.of("A001", "A002")::contains, LocalDate.of(2025, 7, 1));

  @Test
  void goodRowsPassInEveryAcceptedDateFormat() {
    OfflineImportCheck check = validator.check(List.of(
        new OfflineTrainingRow(2, "A001", "公务接待专题班", "2025-03-03", "2025-03-07", "40"),
        new OfflineTrainingRow(3, " A002 ", "公务接待专题班", "2025/3/3", "2025年3月7日", "40.0"),
        new OfflineTrainingRow(4, "A001", "节能培训", "2025.6.1", "2025.6.1", "7.5")));

    assertThat(check.hasProblems()).isFalse();
    assertThat(check.valid()).extracting(OfflineImportCheck.ValidRow::days).containsExactly(5, 5, 1);
    assertThat(check.valid().get(1).personIdentifier()).isEqualTo("A002");
    CreditEntry credit = check.valid().get(0).creditEntry("p-1");
    assertThat(credit.kind()).isEqualTo(CreditKind.CONCENTRATED);
    assertThat(credit.date()).isEqualTo(LocalDate.of(2025, 3, 7));
  }

  @Test
  void everyProblemIsReportedPerRow() {
    OfflineImportCheck check = validator.check(List.of(
        new OfflineTrainingRow(2, "", "", "2025-02-30", "", "0"),
        new OfflineTrainingRow(3, "X999", "班", "2025-03-07", "2025-03-03", "201"),
        new OfflineTrainingRow(4, "A001", "班", "2025-06-28", "2025-07-02", "1.25"),
        new OfflineTrainingRow(5, "A001", "班", "2025-03-01", "2025-03-02", "8"),
        new OfflineTrainingRow(6, "A001", "班", "2025-03-01", "2025-03-02", "8")));

    assertThat(check.valid()).extracting(OfflineImportCheck.ValidRow::rowNumber).containsExactly(5);
    assertThat(check.problems()).extracting(RowProblem::describe).containsExactly(
        "第 2 行【人员标识】：不能为空",
        "第 2 行【培训班名称】：不能为空",
        "第 2 行【开始日期】：“2025-02-30”不是有效日期，应为 2025-03-01 这样的格式",
        "第 2 行【结束日期】：不能为空",
        "第 2 行【学时】：必须大于 0",
        "第 3 行【人员标识】：系统中没有人员“X999”",
        "第 3 行【结束日期】：结束日期 2025-03-03 早于开始日期 2025-03-07",
        "第 3 行【学时】：不能超过 200.0，实际为 201.0",
        "第 4 行【结束日期】：培训尚未结束（2025-07-02），不能登记学时",
        "第 4 行【学时】：学时最多保留一位小数，实际为 1.25",
        "第 6 行【人员标识】：与第 5 行重复（同一人员、培训班和开始日期）");
  }

  @Test
  void anOfflineClassGivesEachAttendeeItsHoursAndDays() {
    OfflineTraining t = new OfflineTraining("T1", "公务用车专题班", LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 11),
        CreditHours.of("40"), List.of("p-1", "p-2", "p-1"));
    assertThat(t.creditEntries()).hasSize(2).allSatisfy(c -> {
      assertThat(c.days()).isEqualTo(5);
      assertThat(c.hours()).isEqualTo(CreditHours.of("40"));
    });
    assertThatIllegalArgumentException().isThrownBy(() -> new OfflineTraining("T2", "班", LocalDate.of(2025, 4, 7),
        LocalDate.of(2025, 4, 7), CreditHours.ZERO, List.of()));
  }
}
