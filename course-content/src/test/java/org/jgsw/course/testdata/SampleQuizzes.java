package org.jgsw.course.testdata;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jgsw.course.domain.Question;
import org.jgsw.course.domain.Quiz;
import org.jgsw.course.domain.QuizId;
import org.jgsw.course.domain.QuizPurpose;

/** Named sample quizzes for {@link SampleCourses#vehicleDispatch()}. */
public final class SampleQuizzes {

  public static final QuizId DISPATCH_POST_TEST = QuizId.of(10);
  public static final QuizId DISPATCH_PRE_TEST = QuizId.of(11);

  private SampleQuizzes() {}

  /**
   * Five questions, 10 points in all; correct answers: Q1 → 1, Q2 → {0, 2}, Q3 → 正确(0), Q4 → 2,
   * Q5 → 错误(1).
   */
  public static List<Question> dispatchBank() {
    return List.of(
        Question.singleChoice("Q1", "公务用车实行什么管理？", List.of("分散管理", "统一管理", "个人管理"), 1, 2),
        Question.multipleChoice("Q2", "派车单应载明哪些内容？", List.of("用车事由", "驾驶员爱好", "起止时间"), Set.of(0, 2), 3),
        Question.trueFalse("Q3", "公务用车应按规定停放。", true, 1),
        Question.singleChoice("Q4", "车辆年检由谁负责？", List.of("驾驶员个人", "乘车人", "车辆管理部门"), 2, 2),
        Question.trueFalse("Q5", "公务用车可以私用。", false, 2));
  }

  /** Post-test: the whole bank (5 questions), pass mark 60 %, 2 attempts, 20 minutes. */
  public static Quiz.Builder dispatchPostTestDraft() {
    Quiz.Builder b = Quiz.builder(DISPATCH_POST_TEST, SampleCourses.VEHICLE_DISPATCH)
        .title("公务用车调度实务 课后测验")
        .purpose(QuizPurpose.POST_TEST)
        .passMarkPercent(60)
        .attemptLimit(2)
        .timeLimit(Duration.ofMinutes(20));
    dispatchBank().forEach(b::question);
    return b;
  }

  public static Quiz dispatchPostTest() {
    return dispatchPostTestDraft().build();
  }

  /** Pre-test with the same bank, 1 attempt. */
  public static Quiz dispatchPreTest() {
    Quiz.Builder b = Quiz.builder(DISPATCH_PRE_TEST, SampleCourses.VEHICLE_DISPATCH)
        .title("公务用车调度实务 课前测")
        .purpose(QuizPurpose.PRE_TEST)
        .attemptLimit(1);
    dispatchBank().forEach(b::question);
    return b.build();
  }
}
