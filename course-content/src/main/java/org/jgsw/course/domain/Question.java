package org.jgsw.course.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question in a quiz's bank: its type, text, options, the correct options (0-based indexes into
 * {@link #options()}) and the points it is worth. True/false questions have the options 正确 and 错误.
 *
 * <p>A choice is answered by the set of option indexes picked. A multiple-choice question scores only
 * when exactly the correct options are picked — one missing or one extra scores nothing.
 */
public record Question(
    QuestionId id, QuestionType type, String text, List<String> options, Set<Integer> correct, int points) {

  /** The options of every true/false question. */
  public static final List<String> TRUE_FALSE_OPTIONS = List.of("正确", "错误");

  public Question {
    Objects.requireNonNull(id, "题目编号不能为空");
    Objects.requireNonNull(type, "题型不能为空");
    text = Texts.required(text, "题目 " + id + " 的题干不能为空");
    options = options == null ? List.of() : options.stream().map(Texts::optional).toList();
    correct = correct == null ? Set.of() : Set.copyOf(new TreeSet<>(correct));
    List<String> problems = new ArrayList<>();
    if (type == QuestionType.TRUE_FALSE && !options.equals(TRUE_FALSE_OPTIONS)) {
      problems.add("判断题 " + id + " 的选项只能是“正确”和“错误”");
    }
    if (options.size() < 2) {
      problems.add("题目 " + id + " 至少需要两个选项");
    }
    if (options.stream().anyMatch(String::isEmpty)) {
      problems.add("题目 " + id + " 有空白选项");
    }
    if (options.stream().distinct().count() != options.size()) {
      problems.add("题目 " + id + " 有重复的选项");
    }
    final int optionCount = options.size();
    if (correct.stream().anyMatch(i -> i == null || i < 0 || i >= optionCount)) {
      problems.add("题目 " + id + " 的正确答案不在选项范围内");
    }
    if (type == QuestionType.MULTIPLE_CHOICE) {
      if (correct.size() < 2) {
        problems.add("多选题 " + id + " 至少需要两个正确选项");
      }
    } else if (correct.size() != 1) {
      problems.add(type.label() + " " + id + " 必须有且只有一个正确答案");
    }
    if (points < 1) {
      problems.add("题目 " + id + " 的分值必须大于 0");
    }
    if (!problems.isEmpty()) {
      throw new InvalidTrainingDataException(problems);
    }
  }

  public static Question singleChoice(String id, String text, List<String> options, int correct, int points) {
    return new Question(QuestionId.of(id), QuestionType.SINGLE_CHOICE, text, options, Set.of(correct), points);
  }

  public static Question multipleChoice(
      String id, String text, List<String> options, Set<Integer> correct, int points) {
    return new Question(QuestionId.of(id), QuestionType.MULTIPLE_CHOICE, text, options, correct, points);
  }

  public static Question trueFalse(String id, String text, boolean isTrue, int points) {
    return new Question(
        QuestionId.of(id), QuestionType.TRUE_FALSE, text, TRUE_FALSE_OPTIONS, Set.of(isTrue ? 0 : 1), points);
  }

  /** Whether {@code picked} is exactly the correct set of options. */
  public boolean isAnsweredCorrectlyBy(Set<Integer> picked) {
    return picked != null && picked.equals(correct);
  }

  /** Why {@code picked} is not a possible answer to this question, or empty if it is. */
  String problemWith(Set<Integer> picked) {
    if (picked == null) {
      return "";
    }
    if (picked.stream().anyMatch(i -> i == null || i < 0 || i >= options.size())) {
      return "题目 " + id + " 的答案不在选项范围内";
    }
    if (type != QuestionType.MULTIPLE_CHOICE && picked.size() > 1) {
      return type.label() + " " + id + " 只能选择一个答案";
    }
    return "";
  }
}
