package org.jgsw.course.domain;

/** A lesson's identity within its course; stable across the course's versions when kept. */
public record LessonId(String value) {

  public LessonId {
    value = Texts.required(value, "课时编号不能为空");
  }

  public static LessonId of(String value) {
    return new LessonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
