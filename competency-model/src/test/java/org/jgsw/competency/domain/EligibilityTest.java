package org.jgsw.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jgsw.competency.testdata.SampleCompetencies.*;
import static org.jgsw.competency.testdata.SampleProfiles.exactDispatcher;
import static org.jgsw.competency.testdata.SampleProfiles.person;

import java.util.List;
import org.jgsw.competency.testdata.SampleModels;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private final PostModel dispatcher = SampleModels.vehicleDispatcher();
  private final PostModel reception = SampleModels.receptionOfficer();

  @Test
  void aFailedMustHaveMakesIneligibleWithTheReason() {
    CandidateProfile p = exactDispatcher("C1", "王芳").level(COMMUNICATION, 2).without(POLITICS).build();

    FitResult result = dispatcher.evaluate(p);

    assertThat(result.eligible()).isFalse();
    assertThat(result.reasons()).containsExactly("政治素养 要求 3 级，实际 未评定", "沟通协调 要求 3 级，实际 2 级");
    // the fit is still computed for information: 1 − (1·3 + 2·1) / 32
    assertThat(result.fit()).isEqualTo(1 - 5.0 / 32);
  }

  @Test
  void aGapInANonMustHaveOnlyCostsPoints() {
    assertThat(dispatcher.evaluate(exactDispatcher("C1", "王芳").level(DISPATCH, 1).build()).eligible()).isTrue();
  }

  @Test
  void hardConditionsFailWithChineseReasons() {
    CandidateProfile p = person("C2", "孙强")
        .level(COMMUNICATION, 4).level(SERVICE, 4).level(RECEPTION, 4).level(MEETING, 3)
        .education(EducationLevel.JUNIOR_COLLEGE).majorFamily("机械类").age(43).politicalStatus("群众")
        .build();

    FitResult result = reception.evaluate(p);

    assertThat(result.fit()).isEqualTo(1.0);
    assertThat(result.eligible()).isFalse();
    assertThat(result.reasons()).containsExactly(
        "学历要求本科及以上，实际为大专",
        "专业类别要求为 旅游管理类、工商管理类 之一，实际为 机械类",
        "年龄要求 25–40 岁，实际 43 岁",
        "政治面貌要求为 中共党员、中共预备党员 之一，实际为 群众");
  }

  @Test
  void unknownDataDoesNotMeetAConditionAndSaysSo() {
    CandidateProfile p = exactDispatcher("C3", "周敏").education(null).age(null).yearsOfExperience(null).build();

    assertThat(dispatcher.evaluate(p).reasons()).containsExactly(
        "学历要求大专及以上，未提供学历", "年龄要求 22–45 岁，未提供年龄", "工作年限要求至少 2 年，未提供工作年限");
  }

  @Test
  void tooLittleExperienceAndTooYoung() {
    CandidateProfile p = exactDispatcher("C4", "吴迪").age(21).yearsOfExperience(1).build();

    assertThat(dispatcher.evaluate(p).reasons()).containsExactly("年龄要求 22–45 岁，实际 21 岁", "工作年限要求至少 2 年，实际 1 年");
  }

  @Test
  void quickCheckAgreesWithTheReasons() {
    HardConditions conditions = reception.hardConditions();
    List<CandidateProfile> people = List.of(
        person("A", "甲").build(),
        person("B", "乙").majorFamily("工商管理类").politicalStatus("中共预备党员").age(25).build(),
        person("C", "丙").age(41).build(),
        person("D", "丁").education(EducationLevel.DOCTORATE).majorFamily(null).build());

    assertThat(people).allSatisfy(p -> assertThat(conditions.areMetBy(p)).isEqualTo(conditions.failuresOf(p).isEmpty()));
    assertThat(people).filteredOn(conditions::areMetBy).extracting(CandidateProfile::id).containsExactly("A", "B");
  }

  @Test
  void noConditionsAreMetByEveryone() {
    assertThat(HardConditions.none().areMetBy(person("X", "某").education(null).age(null).build())).isTrue();
  }
}
