package org.jgsw.course.domain;

/** The identity of an enrolment. Always positive. */
public record EnrolmentId(long value) {

  public EnrolmentId {
    if (value <= 0) {
      throw new IllegalArgumentException("学习记录编号必须为正整数，实际为 " + value);
    }
  }

  public static EnrolmentId of(long value) {
    return new EnrolmentId(value);
  }
}
