package org.jgsw.competency.testdata;

import static org.jgsw.competency.domain.CompetencyFamily.GENERAL;
import static org.jgsw.competency.domain.CompetencyFamily.PROFESSIONAL;

import java.util.List;
import org.jgsw.competency.domain.Competency;
import org.jgsw.competency.domain.CompetencyCode;
import org.jgsw.competency.domain.CompetencyDictionary;
import org.jgsw.competency.domain.CompetencyGroup;

/** A small competency dictionary written for the bureau's work, and its codes. */
public final class SampleCompetencies {

  public static final CompetencyCode POLITICS = CompetencyCode.of("GEN-POL");
  public static final CompetencyCode COMMUNICATION = CompetencyCode.of("GEN-COMM");
  public static final CompetencyCode SERVICE = CompetencyCode.of("GEN-SERV");
  public static final CompetencyCode LAW = CompetencyCode.of("GEN-LAW");
  public static final CompetencyCode DISPATCH = CompetencyCode.of("PRO-VEH-DISPATCH");
  public static final CompetencyCode VEHICLE_SAFETY = CompetencyCode.of("PRO-VEH-SAFETY");
  public static final CompetencyCode IT = CompetencyCode.of("PRO-IT");
  public static final CompetencyCode RECEPTION = CompetencyCode.of("PRO-RECEPTION");
  public static final CompetencyCode MEETING = CompetencyCode.of("PRO-MEETING");

  private SampleCompetencies() {}

  public static List<CompetencyGroup> groups() {
    return List.of(
        CompetencyGroup.root("GEN", "通用能力"),
        CompetencyGroup.child("GEN-CORE", "政治与作风", "GEN"),
        CompetencyGroup.child("GEN-WORK", "履职能力", "GEN"),
        CompetencyGroup.root("PRO", "专业技能"),
        CompetencyGroup.child("PRO-VEH", "公务用车", "PRO"),
        CompetencyGroup.child("PRO-RCP", "公务接待与会议", "PRO"),
        CompetencyGroup.child("PRO-DIG", "信息化", "PRO"));
  }

  public static Competency politics() {
    return Competency.of("GEN-POL", "政治素养", GENERAL, "GEN-CORE", "坚定理想信念，严守政治纪律和政治规矩",
        "了解基本政治理论", "能在工作中遵守政治纪律", "能把政治要求落实到日常业务",
        "能在复杂情况下把握政治方向", "能带领团队提高政治站位");
  }

  public static Competency communication() {
    return Competency.of("GEN-COMM", "沟通协调", GENERAL, "GEN-WORK", "与服务对象、上下级和兄弟单位沟通协调",
        "能清楚表达日常事项", "能与本处室同事顺畅配合", "能协调多个处室完成保障任务",
        "能协调跨单位的重大活动保障", "能化解复杂矛盾并建立长效协调机制");
  }

  public static Competency service() {
    return Competency.of("GEN-SERV", "服务意识", GENERAL, "GEN-WORK", "主动服务、靠前服务",
        "按要求提供服务", "及时回应服务对象需求", "主动发现并解决服务中的问题",
        "预判需求、提前安排服务", "建立服务标准并带动团队");
  }

  public static Competency law() {
    return Competency.of("GEN-LAW", "依法行政", GENERAL, "GEN-WORK", "按制度、标准和法规办事",
        "知道本岗位的主要制度", "能按制度办理常规事项", "能依据标准处理例外情况",
        "能参与起草本领域制度", "能主导制度体系建设");
  }

  public static Competency dispatch() {
    return Competency.of("PRO-VEH-DISPATCH", "公务用车调度", PROFESSIONAL, "PRO-VEH", "公务用车派车、调度与平台使用",
        "能按派车单派车", "能独立完成日常派车", "能处理临时加派和冲突",
        "能保障重大活动用车并优化调度", "能设计全省调度规则与平台流程");
  }

  public static Competency vehicleSafety() {
    return Competency.of("PRO-VEH-SAFETY", "车辆安全管理", PROFESSIONAL, "PRO-VEH", "车辆维护、安全检查与事故处置",
        "了解车辆安全规定", "能完成例行检查", "能组织维护保养并处置一般事故",
        "能建立安全检查制度", "能指导全省车辆安全管理");
  }

  public static Competency it() {
    return Competency.of("PRO-IT", "信息化应用", PROFESSIONAL, "PRO-DIG", "业务系统和数据的使用",
        "会使用办公系统", "会使用本业务平台", "能用数据分析业务问题",
        "能提出平台改进需求", "能主导业务平台建设");
  }

  public static Competency reception() {
    return Competency.of("PRO-RECEPTION", "公务接待礼仪", PROFESSIONAL, "PRO-RCP", "按标准组织公务接待",
        "了解接待标准", "能完成一般接待", "能独立组织接待方案",
        "能保障重要接待任务", "能制定接待规范");
  }

  public static Competency meeting() {
    return Competency.of("PRO-MEETING", "会议服务", PROFESSIONAL, "PRO-RCP", "会务筹备与现场保障",
        "能完成会场布置", "能完成常规会议服务", "能统筹中型会议",
        "能保障大型会议", "能制定会议服务标准");
  }

  public static List<Competency> all() {
    return List.of(politics(), communication(), service(), law(), dispatch(), vehicleSafety(), it(), reception(), meeting());
  }

  public static CompetencyDictionary dictionary() {
    return new CompetencyDictionary(groups(), all());
  }
}
