package org.jgsw.competency.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.competency.domain.HardConditions;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;
import org.jgsw.competency.domain.Requirement;
import org.junit.jupiter.api.Test;

/** The table record keeps a post model exactly: requirements in order, hard conditions, status, lineage. */
class PostModelRecordTest {

  private static PostModel model() {
    return PostModel.draft(PostId.of("P-GWYC-DD"))
        .require("PRO-VEH-DISPATCH", "公务用车调度", 3, 3, true)
        .require("GEN-COMM", "沟通协调", 3, 2, false)
        .require("GEN-LAW", "依法行政", 2, 1.5, false)
        .hardConditions(HardConditions.none().withMinimumEducation(EducationLevel.BACHELOR).withAgeRange(22, 35)
            .withAllowedMajorFamilies(List.of("工学", "管理学")).withMinimumYearsOfExperience(2)
            .withRequiredPoliticalStatuses(List.of("中共党员")))
        .overQualificationCompensates(true)
        .build();
  }

  @Test
  void aDraftRoundTripsUnchanged() {
    PostModel draft = model();
    assertThat(new PostModelRecord(draft).toDomain()).isEqualTo(draft);
  }

  @Test
  void aPublishedRevisionKeepsStatusAndBasedOn() {
    PostModel v1 = model().publish();
    PostModel v2 = v1.revise();
    PostModel restoredV1 = new PostModelRecord(v1).toDomain();
    PostModel restoredV2 = new PostModelRecord(v2).toDomain();
    assertThat(restoredV1).isEqualTo(v1);
    assertThat(restoredV2.basedOn()).contains(v1.id());
    assertThat(restoredV2.requirements()).extracting(Requirement::competency)
        .containsExactly(CompetencyCode.of("PRO-VEH-DISPATCH"), CompetencyCode.of("GEN-COMM"), CompetencyCode.of("GEN-LAW"));
  }

  @Test
  void copyingContentReplacesTheRequirements() {
    PostModelRecord record = new PostModelRecord(model());
    PostModel smaller = model().edit().remove(CompetencyCode.of("GEN-LAW")).hardConditions(HardConditions.none()).build();
    record.copyFrom(smaller);
    assertThat(record.toDomain()).isEqualTo(smaller);
  }
}
