package org.jgsw.course.domain;

/**
 * When an enrolment counts as completed: all lessons done, and — if the course has a post-test —
 * the post-test passed. Each condition can be switched off by configuration.
 */
public record CompletionRule(boolean allLessonsRequired, boolean postTestPassRequired) {

  public static final CompletionRule STANDARD = new CompletionRule(true, true);

  /** The rule as shown on the course page. */
  public String statement() {
    StringBuilder s = new StringBuilder("课程完成条件：");
    if (allLessonsRequired && postTestPassRequired) {
      s.append("学完全部课时，课程设有课后测验的还须通过测验");
    } else if (allLessonsRequired) {
      s.append("学完全部课时");
    } else if (postTestPassRequired) {
      s.append("课程设有课后测验的须通过测验；未设测验的，学完任一课时即为完成");
    } else {
      s.append("学完任一课时即为完成");
    }
    return s.append("。").toString();
  }

  /** Whether {@code enrolment} meets this rule for its course. */
  public boolean isMetBy(Enrolment enrolment, Course course, boolean courseHasPostTest) {
    boolean lessons = allLessonsRequired
        ? course.lessons().stream().allMatch(l -> enrolment.completedLessons().contains(l.id()))
        : !enrolment.completedLessons().isEmpty() || (postTestPassRequired && courseHasPostTest);
    boolean quiz = !postTestPassRequired || !courseHasPostTest || enrolment.postTestPassed();
    return lessons && quiz;
  }
}
