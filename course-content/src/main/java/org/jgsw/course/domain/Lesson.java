package org.jgsw.course.domain;

import java.util.Objects;

/** One lesson (课时) of a course, in the course's order, with the minutes it is expected to take. */
public record Lesson(LessonId id, String title, int estimatedMinutes, LessonContent content) {

  public Lesson {
    Objects.requireNonNull(id, "课时编号不能为空");
    title = Texts.required(title, "课时标题不能为空");
    if (estimatedMinutes < 1) {
      throw new IllegalArgumentException("课时「" + title + "」的预计学习时长必须大于 0 分钟");
    }
    Objects.requireNonNull(content, "课时「" + title + "」没有内容");
  }
}
