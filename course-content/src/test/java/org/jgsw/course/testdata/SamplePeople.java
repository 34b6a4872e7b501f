package org.jgsw.course.testdata;

import java.util.Set;
import org.jgsw.course.domain.TargetMember;

/**
 * Named people in a small unit tree: PROV (省局) → PROV-VEH (公务用车处), and CITY-CD (成都市局).
 */
public final class SamplePeople {

  public static final String PROVINCE = "PROV";
  public static final String VEHICLE_DEPT = "PROV-VEH";
  public static final String CHENGDU = "CITY-CD";

  private SamplePeople() {}

  /** 张伟: vehicle dispatcher in the provincial vehicle department, 一级科员, 公开招考. */
  public static TargetMember zhang() {
    return new TargetMember("p-zhang", Set.of(PROVINCE, VEHICLE_DEPT), "VEH-DISPATCHER", "一级科员", "OPEN_EXAM");
  }

  /** 李娜: same department, 四级主任科员, 选调生. */
  public static TargetMember li() {
    return new TargetMember("p-li", Set.of(PROVINCE, VEHICLE_DEPT), "VEH-CHIEF", "四级主任科员", "SELECTED_GRADUATE");
  }

  /** 王强: Chengdu city bureau, 一级科员, 退役军人转业. */
  public static TargetMember wang() {
    return new TargetMember("p-wang", Set.of(CHENGDU), "RCP-OFFICER", "一级科员", "VETERAN_TRANSFER");
  }

  /** 赵敏: joins the vehicle department later. */
  public static TargetMember zhao() {
    return new TargetMember("p-zhao", Set.of(PROVINCE, VEHICLE_DEPT), "VEH-DISPATCHER", "二级科员", "OPEN_SELECTION");
  }

  /** 李娜's supervisor. */
  public static final String SUPERVISOR = "p-chief";
}
