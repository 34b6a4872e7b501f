package org.jgsw.course.domain;

/** One item of the Level-1 questionnaire, rated 1–5. */
public record QuestionnaireItem(String id, String text) {

  public QuestionnaireItem {
    id = Texts.required(id, "问卷题目编号不能为空");
    text = Texts.required(text, "问卷题目内容不能为空");
  }
}
