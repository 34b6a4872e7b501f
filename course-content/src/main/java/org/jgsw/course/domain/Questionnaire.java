package org.jgsw.course.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Level-1 (reaction) questionnaire shown at course completion: configurable items, each rated
 * 1 (很不满意) to 5 (非常满意), plus an optional comment.
 */
public record Questionnaire(List<QuestionnaireItem> items) {

  /** The bureau's default items. */
  public static final Questionnaire STANDARD = new Questionnaire(List.of(
      new QuestionnaireItem("content", "课程内容与岗位工作的相关程度"),
      new QuestionnaireItem("clarity", "课程讲解清楚、易于理解"),
      new QuestionnaireItem("usefulness", "所学内容能够应用到实际工作中"),
      new QuestionnaireItem("overall", "对本课程的总体满意度")));

  public Questionnaire {
    items = List.copyOf(items);
    List<String> problems = new ArrayList<>();
    if (items.isEmpty()) {
      problems.add("评价问卷至少需要一道题");
    }
    Set<String> seen = new HashSet<>();
    items.forEach(i -> {
      if (!seen.add(i.id())) {
        problems.add("问卷题目编号 " + i.id() + " 重复");
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidTrainingDataException(problems);
    }
  }

  /**
   * The response of the enrolment's person, who must have completed the course; every item must be
   * rated 1–5.
   */
  public ReactionResponse respond(Enrolment enrolment, Map<String, Integer> scores, String comment, LocalDate date) {
    if (!enrolment.isCompleted()) {
      throw new IllegalStateException("完成课程后才能填写课程评价");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Integer> kept = new LinkedHashMap<>();
    for (QuestionnaireItem item : items) {
      Integer s = scores.get(item.id());
      if (s == null) {
        problems.add("请为“" + item.text() + "”评分");
      } else if (s < 1 || s > 5) {
        problems.add("“" + item.text() + "”的评分必须在 1–5 之间");
      } else {
        kept.put(item.id(), s);
      }
    }
    scores.keySet().stream().filter(k -> items.stream().noneMatch(i -> i.id().equals(k)))
        .forEach(k -> problems.add("问卷中没有题目 " + k));
    if (!problems.isEmpty()) {
      throw new InvalidTrainingDataException(problems);
    }
    return new ReactionResponse(enrolment.personId(), enrolment.course().course(), kept, Texts.optional(comment), date);
  }
}
