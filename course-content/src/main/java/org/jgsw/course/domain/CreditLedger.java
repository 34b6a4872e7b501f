package org.jgsw.course.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's credit-hour ledger (学时账) for a year: online hours (completed courses), concentrated
 * hours and days (offline classes), and the requirements that apply to the person's {@link
 * PersonCategory category} under a {@link CreditPolicy}, each with progress for a bar.
 *
 * <p>Give it all the person's entries of the window (five years for leaders); entries of the same
 * kind and {@link CreditEntry#sourceRef() source} count once (the earliest), so a course completed
 * twice or an import run twice never doubles credit.
 */
public final class CreditLedger {

  private final String personId;
  private final int year;
  private final PersonCategory category;
  private final CreditPolicy policy;
  private final List<CreditEntry> entries;

  private CreditLedger(String personId, int year, PersonCategory category, List<CreditEntry> entries, CreditPolicy policy) {
    this.personId = Texts.required(personId, "人员不能为空");
    this.year = year;
    this.category = Objects.requireNonNull(category, "人员类别不能为空");
    this.policy = Objects.requireNonNull(policy, "policy");
    Map<String, CreditEntry> once = new LinkedHashMap<>();
    entries.stream()
        .filter(e -> e.personId().equals(this.personId))
        .sorted(Comparator.comparing(CreditEntry::date))
        .forEach(e -> once.putIfAbsent(e.kind() + "|" + e.sourceRef(), e));
    this.entries = List.copyOf(once.values());
  }

  public static CreditLedger of(String personId, int year, PersonCategory category, List<CreditEntry> entries) {
    return new CreditLedger(personId, year, category, entries, CreditPolicy.STANDARD);
  }

  public static CreditLedger of(
      String personId, int year, PersonCategory category, List<CreditEntry> entries, CreditPolicy policy) {
    return new CreditLedger(personId, year, category, entries, policy);
  }

  public String personId() {
    return personId;
  }

  public int year() {
    return year;
  }

  /** The requirements this ledger is measured against. */
  public CreditPolicy policy() {
    return policy;
  }

  public PersonCategory category() {
    return category;
  }

  /** The counted entries of the ledger's year, oldest first. */
  public List<CreditEntry> entriesOfYear() {
    return entries.stream().filter(e -> e.date().getYear() == year).toList();
  }

  public CreditHours online() {
    return sum(CreditKind.ONLINE, year, year);
  }

  public CreditHours concentrated() {
    return sum(CreditKind.CONCENTRATED, year, year);
  }

  public int concentratedDays() {
    return entriesOfYear().stream().filter(e -> e.kind() == CreditKind.CONCENTRATED).mapToInt(CreditEntry::days).sum();
  }

  /** All hours of the year, online and concentrated. */
  public CreditHours total() {
    return online().plus(concentrated());
  }

  /** The first year of the leaders' window that ends with this ledger's year. */
  public int windowStartYear() {
    return year - policy.leaderWindowYears() + 1;
  }

  /** All hours within the leaders' window. */
  public CreditHours windowTotal() {
    return sum(CreditKind.ONLINE, windowStartYear(), year).plus(sum(CreditKind.CONCENTRATED, windowStartYear(), year));
  }

  /** The requirements that apply to this person, in the order shown. */
  public List<CreditRequirementProgress> requirements() {
    List<CreditRequirementProgress> list = new ArrayList<>();
    CreditHours online = online();
    list.add(new CreditRequirementProgress(CreditRequirementProgress.Kind.ONLINE_YEAR,
        "年度网络学习", year + " 年网络学习不少于 " + policy.onlinePerYear() + " 学时",
        policy.onlinePerYear(), online, online.isAtLeast(policy.onlinePerYear()),
        Ratio.of(online, policy.onlinePerYear())));
    if (category == PersonCategory.SECTION_AND_BELOW) {
      CreditHours hours = concentrated();
      int days = concentratedDays();
      Ratio byHours = Ratio.of(hours, policy.concentratedHoursPerYear());
      Ratio byDays = Ratio.of(days, policy.concentratedDaysPerYear());
      boolean met = hours.isAtLeast(policy.concentratedHoursPerYear()) || days >= policy.concentratedDaysPerYear();
      list.add(new CreditRequirementProgress(CreditRequirementProgress.Kind.CONCENTRATED_YEAR,
          "年度集中培训",
          year + " 年集中培训不少于 " + policy.concentratedHoursPerYear() + " 学时或累计 "
              + policy.concentratedDaysPerYear() + " 天（已参加 " + days + " 天）",
          policy.concentratedHoursPerYear(), hours, met,
          byDays.percent().compareTo(byHours.percent()) > 0 ? byDays : byHours));
    } else {
      CreditHours window = windowTotal();
      list.add(new CreditRequirementProgress(CreditRequirementProgress.Kind.LEADER_WINDOW,
          "五年累计",
          windowStartYear() + "–" + year + " 年累计不少于 " + policy.leaderWindowHours() + " 学时",
          policy.leaderWindowHours(), window, window.isAtLeast(policy.leaderWindowHours()),
          Ratio.of(window, policy.leaderWindowHours())));
    }
    return list;
  }

  /** Whether every requirement that applies is met. */
  public boolean allMet() {
    return requirements().stream().allMatch(CreditRequirementProgress::met);
  }

  private CreditHours sum(CreditKind kind, int fromYear, int toYear) {
    return entries.stream()
        .filter(e -> e.kind() == kind)
        .filter(e -> e.date().getYear() >= fromYear && e.date().getYear() <= toYear)
        .map(CreditEntry::hours)
        .reduce(CreditHours.ZERO, CreditHours::plus);
  }
}
