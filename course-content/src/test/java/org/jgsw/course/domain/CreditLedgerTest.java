package org.jgsw.course.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jgsw.course.testdata.SampleCourses;
import org.junit.jupiter.api.Test;

class CreditLedgerTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String P = "p-zhang";

  private static CreditEntry online(String date, String hours, String ref) {
    return new CreditEntry(P, CreditKind.ONLINE, LocalDate.parse(date), CreditHours.of(hours), 0, "课程", ref);
  }

  private static CreditEntry concentrated(String date, String hours, int days, String ref) {
    return new CreditEntry(P, CreditKind.CONCENTRATED, LocalDate.parse(date), CreditHours.of(hours), days, "专题班", ref);
  }

  @Test
  void aCompletedCourseEarnsItsHoursOnTheDayOfCompletionInTheBureausTimeZone() {
    Course course = SampleCourses.vehicleDispatch();
    Enrolment e = Enrolment.start(EnrolmentId.of(1), P, course, null, Instant.parse("2024-12-31T10:00:00Z"));
    assertThat(CreditRules.earnedFor(e, course, ZONE)).isEmpty();

    course.lessons().forEach(l -> e.completeLesson(course, l.id()));
    e.completeIfDone(course, CompletionRule.STANDARD, false, Instant.parse("2024-12-31T16:30:00Z")); // 00:30 in Chengdu

    CreditEntry entry = CreditRules.earnedFor(e, course, ZONE).orElseThrow();
    assertThat(entry.date()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(entry.hours()).isEqualTo(CreditHours.of("2"));
    assertThat(entry.kind()).isEqualTo(CreditKind.ONLINE);
  }

  @Test
  void aSourceCountsOnceAndOnlyTheYearsEntriesCount() {
    CreditLedger ledger = CreditLedger.of(P, 2025, PersonCategory.SECTION_AND_BELOW, List.of(
        online("2025-03-01", "2", "course:1"),
        online("2025-09-01", "2", "course:1"), // the same course again
        online("2025-04-01", "1.5", "course:2"),
        online("2024-12-31", "10", "course:3"),
        new CreditEntry("p-other", CreditKind.ONLINE, LocalDate.parse("2025-01-01"), CreditHours.of("9"), 0, "", "course:9")));

    assertThat(ledger.online()).isEqualTo(CreditHours.of("3.5"));
    assertThat(ledger.entriesOfYear()).hasSize(2);
  }

  @Test
  void sectionLevelNeedsFiftyOnlineAndNinetyHoursOrTwelveDaysConcentrated() {
    List<CreditEntry> entries = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      entries.add(online("2025-05-01", "2", "course:" + i)); // 50 学时
    }
    entries.add(concentrated("2025-06-10", "40", 5, "offline:a"));

    CreditLedger ledger = CreditLedger.of(P, 2025, PersonCategory.SECTION_AND_BELOW, entries);
    List<CreditRequirementProgress> req = ledger.requirements();

    assertThat(req).extracting(CreditRequirementProgress::name).containsExactly("年度网络学习", "年度集中培训");
    assertThat(req).extracting(CreditRequirementProgress::kind)
        .containsExactly(CreditRequirementProgress.Kind.ONLINE_YEAR, CreditRequirementProgress.Kind.CONCENTRATED_YEAR);
    assertThat(req.get(0).met()).isTrue();
    assertThat(req.get(0).progress().barPercent()).isEqualByComparingTo("100.0");
    assertThat(req.get(1).met()).isFalse();
    assertThat(req.get(1).progress().percent()).isEqualByComparingTo("44.4"); // 40/90 beats 5/12 = 41.7
    assertThat(ledger.allMet()).isFalse();

    entries.add(concentrated("2025-10-20", "30", 7, "offline:b")); // 70 学时 but 12 days
    CreditLedger later = CreditLedger.of(P, 2025, PersonCategory.SECTION_AND_BELOW, entries);
    assertThat(later.concentratedDays()).isEqualTo(12);
    assertThat(later.requirements().get(1).met()).isTrue();
    assertThat(later.allMet()).isTrue();
  }

  @Test
  void leadersNeedFiveHundredFiftyInTheFiveYearsEndingWithTheLedgersYear() {
    List<CreditEntry> entries = List.of(
        concentrated("2020-06-01", "500", 0, "offline:old"), // outside 2021–2025
        concentrated("2021-06-01", "200", 10, "offline:x"),
        online("2023-06-01", "150", "course:1"),
        concentrated("2025-03-01", "150", 8, "offline:y"),
        online("2025-04-01", "50", "course:2"));

    CreditLedger ledger = CreditLedger.of(P, 2025, PersonCategory.LEADER, entries);

    assertThat(ledger.windowStartYear()).isEqualTo(2021);
    assertThat(ledger.windowTotal()).isEqualTo(CreditHours.of("550"));
    assertThat(ledger.requirements()).extracting(CreditRequirementProgress::name).containsExactly("年度网络学习", "五年累计");
    assertThat(ledger.requirements()).extracting(CreditRequirementProgress::kind)
        .containsExactly(CreditRequirementProgress.Kind.ONLINE_YEAR, CreditRequirementProgress.Kind.LEADER_WINDOW);
    assertThat(ledger.policy()).isEqualTo(CreditPolicy.STANDARD);
    assertThat(ledger.requirements().get(1).statement()).isEqualTo("2021–2025 年累计不少于 550.0 学时");
    assertThat(ledger.allMet()).isTrue();
    assertThat(CreditLedger.of(P, 2026, PersonCategory.LEADER, entries).requirements().get(1).progress().percent())
        .isEqualByComparingTo("63.6"); // 350/550
  }

  @Test
  void anEmptyLedgerShowsZeroProgress() {
    CreditLedger ledger = CreditLedger.of(P, 2025, PersonCategory.SECTION_AND_BELOW, List.of());
    assertThat(ledger.requirements()).allSatisfy(r -> {
      assertThat(r.met()).isFalse();
      assertThat(r.progress().percent()).isEqualByComparingTo("0");
    });
    assertThat(CreditPolicy.STANDARD.statement()).contains("50.0 学时", "90.0 学时", "12 天", "550.0 学时");
  }
}
