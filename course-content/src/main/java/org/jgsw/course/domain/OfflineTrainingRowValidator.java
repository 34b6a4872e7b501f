package org.jgsw.course.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks offline-training import rows and reports every problem per row, so the person importing
 * gets one complete error report. {@link #RULES} states the checks.
 */
public final class OfflineTrainingRowValidator {

  public static final String RULES =
      "导入规则：每行须填写人员标识（工号或身份证号，须为本系统人员）、培训班名称、开始日期、结束日期和学时；"
          + "日期格式为 2025-03-01、2025/3/1、2025.3.1 或 2025年3月1日，结束日期不得早于开始日期，也不得晚于导入当天；"
          + "学时须大于 0 且不超过 200，最多一位小数；同一人同一培训班同一开始日期在文件中只能出现一次。";

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT));

  private final Predicate<String> knownPerson;
  private final LocalDate today;

  /**
   * @param knownPerson whether an identifier names a person in the portal
   * @param today the import day; classes cannot end after it
   */
  public OfflineTrainingRowValidator(Predicate<String> knownPerson, LocalDate today) {
    this.knownPerson = Objects.requireNonNull(knownPerson, "knownPerson");
    this.today = Objects.requireNonNull(today, "today");
  }

  public OfflineImportCheck check(List<OfflineTrainingRow> rows) {
    List<OfflineImportCheck.ValidRow> valid = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (OfflineTrainingRow row : rows) {
      List<RowProblem> mine = new ArrayList<>();
      int n = row.rowNumber();
      String person = Texts.optional(row.personIdentifier());
      if (person.isEmpty()) {
        mine.add(new RowProblem(n, "人员标识", "不能为空"));
      } else if (!knownPerson.test(person)) {
        mine.add(new RowProblem(n, "人员标识", "系统中没有人员“" + person + "”"));
      }
      String className = Texts.optional(row.className());
      if (className.isEmpty()) {
        mine.add(new RowProblem(n, "培训班名称", "不能为空"));
      }
      LocalDate start = parseDate(row.startDate(), n, "开始日期", mine);
      LocalDate end = parseDate(row.endDate(), n, "结束日期", mine);
      if (start != null && end != null && end.isBefore(start)) {
        mine.add(new RowProblem(n, "结束日期", "结束日期 " + end + " 早于开始日期 " + start));
      }
      if (end != null && end.isAfter(today)) {
        mine.add(new RowProblem(n, "结束日期", "培训尚未结束（" + end + "），不能登记学时"));
      }
      CreditHours hours = parseHours(row.hours(), n, mine);
      if (mine.isEmpty()) {
        String key = person + "|" + className + "|" + start;
        Integer first = firstRowOf.putIfAbsent(key, n);
        if (first != null) {
          mine.add(new RowProblem(n, "人员标识", "与第 " + first + " 行重复（同一人员、培训班和开始日期）"));
        }
      }
      if (mine.isEmpty()) {
        valid.add(new OfflineImportCheck.ValidRow(n, person, className, start, end, hours));
      }
      problems.addAll(mine);
    }
    return new OfflineImportCheck(valid, problems);
  }

  private static LocalDate parseDate(String text, int row, String column, List<RowProblem> problems) {
    String t = Texts.optional(text);
    if (t.isEmpty()) {
      problems.add(new RowProblem(row, column, "不能为空"));
      return null;
    }
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(t, f);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    problems.add(new RowProblem(row, column, "“" + t + "”不是有效日期，应为 2025-03-01 这样的格式"));
    return null;
  }

  private static CreditHours parseHours(String text, int row, List<RowProblem> problems) {
    CreditHours hours;
    try {
      hours = CreditHours.of(text);
    } catch (IllegalArgumentException e) {
      problems.add(new RowProblem(row, "学时", e.getMessage()));
      return null;
    }
    if (hours.value().signum() == 0) {
      problems.add(new RowProblem(row, "学时", "必须大于 0"));
      return null;
    }
    if (!OfflineTraining.MAX_HOURS.isAtLeast(hours)) {
      problems.add(new RowProblem(row, "学时", "不能超过 " + OfflineTraining.MAX_HOURS + "，实际为 " + hours));
      return null;
    }
    return hours;
  }
}
