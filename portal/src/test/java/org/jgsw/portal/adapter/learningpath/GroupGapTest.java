package org.jgsw.portal.adapter.learningpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.Gap;
import org.jgsw.competency.domain.GapReport;
import org.jgsw.competency.domain.PostModelId;
import org.jgsw.course.domain.SkillGap;
import org.junit.jupiter.api.Test;

class GroupGapTest {

  private static Gap gap(String code, String name, int required, int current, double weight) {
    return new Gap(CompetencyCode.of(code), name, required, current, current == 0, false, weight, false);
  }

  private static GapReport report(String person, Gap... gaps) {
    return new GapReport(PostModelId.of("P-GWYC-DD", 2), person, List.of(gaps));
  }

  @Test
  void gapsAreTotalledByCompetencyMostPeopleFirst() {
    List<GroupGap> totals = GroupGap.totals(List.of(
        report("S1", gap("GEN-COMM", "沟通协调", 3, 2, 2), gap("GEN-EMERG", "应急处置", 2, 0, 1)),
        report("S2", gap("GEN-COMM", "沟通协调", 4, 1, 1.5)),
        report("S3")));

    assertThat(totals).extracting(GroupGap::competencyCode).containsExactly("GEN-COMM", "GEN-EMERG");
    GroupGap comm = totals.get(0);
    assertThat(comm.people()).isEqualTo(2);
    assertThat(comm.averageGap()).isEqualTo(2.0); // (1 + 3) / 2
    assertThat(comm.lowestLevel()).isEqualTo(1);
    assertThat(comm.requiredLevel()).isEqualTo(4);
    assertThat(comm.averageGapText()).isEqualTo("2.0");
  }

  @Test
  void equalHeadcountsPutTheLargerAverageGapFirst() {
    List<GroupGap> totals = GroupGap.totals(List.of(report("S1", gap("GEN-LAW", "依法行政", 3, 2, 1), gap("GEN-POL", "政治素养", 3, 0, 1))));
    assertThat(totals).extracting(GroupGap::competencyCode).containsExactly("GEN-POL", "GEN-LAW");
  }

  @Test
  void asASkillGapTheSpanOfLevelsIsWeightedByHeadcount() {
    SkillGap skill = new GroupGap("GEN-COMM", "沟通协调", 5, 1.4, 1, 4).asSkillGap();
    assertThat(skill.currentLevel()).isEqualTo(1);
    assertThat(skill.requiredLevel()).isEqualTo(4);
    assertThat(skill.priority()).isEqualTo(15.0);
  }
}
