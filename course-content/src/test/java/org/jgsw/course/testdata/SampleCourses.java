package org.jgsw.course.testdata;

import java.util.List;
import org.jgsw.course.domain.Course;
import org.jgsw.course.domain.CourseCategory;
import org.jgsw.course.domain.CourseId;
import org.jgsw.course.domain.LessonContent;
import org.jgsw.course.domain.LessonId;

/** Named sample courses. */
public final class SampleCourses {

  public static final CourseId VEHICLE_DISPATCH = CourseId.of(1);
  public static final CourseId ENERGY_BASICS = CourseId.of(2);

  /** Lessons of {@link #vehicleDispatch()}: 20, 15 and 10 estimated minutes. */
  public static final LessonId RULES = LessonId.of("1");
  public static final LessonId VIDEO = LessonId.of("2");
  public static final LessonId STANDARD = LessonId.of("3");

  private SampleCourses() {}

  /** 公务用车调度实务 (专项·公务用车), 2.0 学时, trains VEH-DISPATCH to 3 and COMMUNICATION to 2; draft. */
  public static Course.Builder vehicleDispatchDraft() {
    return Course.draft(VEHICLE_DISPATCH)
        .title("公务用车调度实务")
        .summary("公务用车派车、调度与安全管理的基本流程。")
        .category(CourseCategory.special("公务用车"))
        .targetPosts(List.of("VEH-DISPATCHER"))
        .trains("VEH-DISPATCH", 3)
        .trains("COMMUNICATION", 2)
        .creditHours("2")
        .estimatedMinutes(45)
        .owner("trainer")
        .addLesson("公务用车管理制度", 20, new LessonContent.RichText("<p>公务用车实行统一管理、统一调度。</p>"))
        .addLesson("调度平台操作演示", 15, new LessonContent.VideoLink("https://video.example.gov.cn/dispatch.mp4"))
        .addLesson("公务用车管理规范（地方标准）", 10, new LessonContent.LibraryCitation("DB51-T-0001", "重点阅读第 5 章"));
  }

  public static Course vehicleDispatchDraftBuilt() {
    return vehicleDispatchDraft().build();
  }

  /** The dispatch course, version 1, published. */
  public static Course vehicleDispatch() {
    return vehicleDispatchDraft().build().publish();
  }

  /** 公共机构节能基础 (通用), 1.5 学时, one 30-minute lesson, no competencies; published. */
  public static Course energyBasics() {
    return Course.draft(ENERGY_BASICS)
        .title("公共机构节能基础")
        .creditHours("1.5")
        .estimatedMinutes(30)
        .owner("trainer")
        .addLesson("节能常识", 30, new LessonContent.RichText("<p>人走灯灭。</p>"))
        .build()
        .publish();
  }
}
