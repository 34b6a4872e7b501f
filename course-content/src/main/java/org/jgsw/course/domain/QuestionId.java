package org.jgsw.course.domain;

/**
 * A question's identity in its quiz's bank. A question once answered in an attempt should not be
 * changed in place: correct it by adding a new question and removing the old one.
 */
public record QuestionId(String value) {

  public QuestionId {
    value = Texts.required(value, "题目编号不能为空");
  }

  public static QuestionId of(String value) {
    return new QuestionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
