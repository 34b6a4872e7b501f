package org.jgsw.competency.testdata;

import static org.jgsw.competency.testdata.SampleCompetencies.*;

import java.util.List;
import org.jgsw.competency.domain.EducationLevel;
import org.jgsw.competency.domain.HardConditions;
import org.jgsw.competency.domain.PostId;
import org.jgsw.competency.domain.PostModel;

/** Named sample post models; the numbers are chosen so fits can be checked by hand. */
public final class SampleModels {

  public static final PostId VEHICLE_DISPATCHER = PostId.of("VEH-DISPATCH");
  public static final PostId RECEPTION_OFFICER = PostId.of("RCP-OFFICER");
  public static final PostId VEHICLE_CHIEF = PostId.of("VEH-CHIEF");

  private SampleModels() {}

  /**
   * 公务用车调度岗, v1 draft. W = Σ w·r = 1·3 + 2·3 + 1·3 + 3·4 + 2·3 + 1·2 = 32.
   *
   * <pre>
   *   政治素养      r3 w1 门槛
   *   沟通协调      r3 w2 门槛
   *   服务意识      r3 w1
   *   公务用车调度  r4 w3
   *   车辆安全管理  r3 w2
   *   信息化应用    r2 w1
   * </pre>
   * Hard conditions: 大专及以上, 22–45 岁, at least 2 years' experience.
   */
  public static PostModel.Builder vehicleDispatcherDraft() {
    return PostModel.draft(VEHICLE_DISPATCHER)
        .require(politics(), 3, 1, true)
        .require(communication(), 3, 2, true)
        .require(service(), 3, 1, false)
        .require(dispatch(), 4, 3, false)
        .require(vehicleSafety(), 3, 2, false)
        .require(it(), 2, 1, false)
        .hardConditions(HardConditions.none()
            .withMinimumEducation(EducationLevel.JUNIOR_COLLEGE)
            .withAgeRange(22, 45)
            .withMinimumYearsOfExperience(2));
  }

  public static PostModel vehicleDispatcher() {
    return vehicleDispatcherDraft().build();
  }

  /** The dispatcher model with over-qualification allowed to compensate. */
  public static PostModel vehicleDispatcherCompensating() {
    return vehicleDispatcherDraft().overQualificationCompensates(true).build();
  }

  /**
   * 公务接待岗: W = 2·4 + 2·4 + 3·4 + 1·3 = 31. Hard conditions: 本科及以上, 旅游管理类 or 工商管理类,
   * 25–40 岁, 中共党员 or 中共预备党员.
   */
  public static PostModel receptionOfficer() {
    return PostModel.draft(RECEPTION_OFFICER)
        .require(communication(), 4, 2, true)
        .require(service(), 4, 2, false)
        .require(reception(), 4, 3, false)
        .require(meeting(), 3, 1, false)
        .hardConditions(HardConditions.none()
            .withMinimumEducation(EducationLevel.BACHELOR)
            .withAllowedMajorFamilies(List.of("旅游管理类", "工商管理类"))
            .withAgeRange(25, 40)
            .withRequiredPoliticalStatuses(List.of("中共党员", "中共预备党员")))
        .build();
  }

  /** 公务用车管理处 副处长: the post above the dispatcher. W = 2·4 + 2·4 + 3·4 = 28. */
  public static PostModel vehicleChief() {
    return PostModel.draft(VEHICLE_CHIEF)
        .require(communication(), 4, 2, false)
        .require(law(), 4, 2, false)
        .require(dispatch(), 4, 3, false)
        .build();
  }
}
