package org.jgsw.course.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A quiz (测验) of a course: a question bank from which each attempt draws {@link #drawCount()}
 * questions at random, a pass mark in percent, an attempt limit and a time limit. A quiz is either
 * the course's {@link QuizPurpose#POST_TEST post-test} (the final quiz) or a {@link
 * QuizPurpose#PRE_TEST pre-test}.
 *
 * <p><b>Scoring happens here, on the server, never in the browser.</b> {@link #startAttempt} draws
 * the questions and records the start; {@link #submit} scores the answers and refuses, with a
 * {@link QuizRejectedException} saying why in Chinese, any submission that:
 *
 * <ul>
 *   <li>answers a question that was not drawn for this attempt, or picks options that do not exist;
 *   <li>arrives after the time limit plus {@link #SUBMISSION_GRACE} (for network delay);
 *   <li>belongs to an attempt beyond the attempt limit, or was already submitted.
 * </ul>
 *
 * {@link #RULES} says the same to the person. Instances are immutable.
 */
public final class Quiz {

  /** Extra time after the time limit in which a submission is still accepted (network delay). */
  public static final Duration SUBMISSION_GRACE = Duration.ofSeconds(30);

  /** The rules as shown on the quiz's start page. */
  public static final String RULES =
      "答题规则：每次答题从题库随机抽题，由服务器评分；多选题须全部选对才得分，少选、多选均不得分；"
          + "超过答题时限（另有 30 秒网络宽限）提交的答卷不予接受，本次机会仍计入次数；"
          + "答题次数用完后不能再答；得分率达到及格线即为通过。";

  private final QuizId id;
  private final CourseId course;
  private final String title;
  private final QuizPurpose purpose;
  private final List<Question> bank;
  private final int drawCount;
  private final int passMarkPercent;
  private final int attemptLimit;
  private final Duration timeLimit;

  private Quiz(Builder b) {
    this.id = b.id;
    this.course = b.course;
    this.title = b.title.strip();
    this.purpose = b.purpose;
    this.bank = List.copyOf(b.bank);
    this.drawCount = b.drawCount;
    this.passMarkPercent = b.passMarkPercent;
    this.attemptLimit = b.attemptLimit;
    this.timeLimit = b.timeLimit;
  }

  public static Builder builder(QuizId id, CourseId course) {
    return new Builder(id, course);
  }

  public QuizId id() {
    return id;
  }

  public CourseId course() {
    return course;
  }

  public String title() {
    return title;
  }

  public QuizPurpose purpose() {
    return purpose;
  }

  public List<Question> bank() {
    return bank;
  }

  public Optional<Question> question(QuestionId questionId) {
    return bank.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  public int drawCount() {
    return drawCount;
  }

  public int passMarkPercent() {
    return passMarkPercent;
  }

  public int attemptLimit() {
    return attemptLimit;
  }

  public Duration timeLimit() {
    return timeLimit;
  }

  /** A builder with this quiz's content, to edit it. */
  public Builder edit() {
    Builder b = new Builder(id, course);
    b.title = title;
    b.purpose = purpose;
    b.bank.addAll(bank);
    b.drawCount = drawCount;
    b.passMarkPercent = passMarkPercent;
    b.attemptLimit = attemptLimit;
    b.timeLimit = timeLimit;
    return b;
  }

  /**
   * Starts {@code personId}'s next attempt at {@code now}, drawing {@link #drawCount()} distinct
   * questions with {@code random} (inject a seeded one in tests).
   *
   * @param previous the person's earlier attempts at this quiz (others are ignored)
   * @throws QuizRejectedException if an attempt is still running or the attempt limit is reached
   */
  public Attempt startAttempt(String personId, List<Attempt> previous, Instant now, RandomGenerator random) {
    List<Attempt> mine = previous.stream()
        .filter(a -> a.id().quiz().equals(id) && a.id().personId().equals(personId))
        .toList();
    if (mine.stream().anyMatch(a -> a.status(now) == AttemptStatus.IN_PROGRESS)) {
      throw new QuizRejectedException(QuizRejectedException.Reason.ATTEMPT_IN_PROGRESS,
          "你有一次答题尚未交卷，请继续完成该次答题");
    }
    if (mine.size() >= attemptLimit) {
      throw new QuizRejectedException(QuizRejectedException.Reason.ATTEMPT_LIMIT_REACHED,
          "本测验最多可答 " + attemptLimit + " 次，你的答题次数已用完");
    }
    int number = mine.stream().mapToInt(a -> a.id().number()).max().orElse(0) + 1;
    List<Question> pool = new ArrayList<>(bank);
    List<QuestionId> drawn = new ArrayList<>(drawCount);
    for (int i = 0; i < drawCount; i++) {
      // partial Fisher–Yates: each remaining question is equally likely
      int pick = i + random.nextInt(pool.size() - i);
      Question chosen = pool.get(pick);
      pool.set(pick, pool.get(i));
      pool.set(i, chosen);
      drawn.add(chosen.id());
    }
    return Attempt.started(new AttemptId(id, personId, number), drawn, now, now.plus(timeLimit));
  }

  /** The drawn questions of {@code attempt} as given to the browser, without correct answers. */
  public QuizPaper paperFor(Attempt attempt) {
    requireOwn(attempt);
    List<QuizPaper.PaperQuestion> questions = attempt.drawnQuestions().stream()
        .map(this::drawnQuestion)
        .map(q -> new QuizPaper.PaperQuestion(q.id(), q.type(), q.text(), q.options(), q.points()))
        .toList();
    return new QuizPaper(attempt.id(), attempt.deadline(), questions);
  }

  /**
   * Scores {@code answers} (question → picked option indexes) for {@code attempt} submitted at
   * {@code now}, and returns the submitted attempt. Drawn questions left unanswered score nothing.
   *
   * @throws QuizRejectedException if the submission breaks a rule (see the class comment)
   */
  public Attempt submit(Attempt attempt, Map<QuestionId, Set<Integer>> answers, Instant now) {
    requireOwn(attempt);
    if (attempt.isSubmitted()) {
      throw new QuizRejectedException(QuizRejectedException.Reason.ALREADY_SUBMITTED,
          "第 " + attempt.id().number() + " 次答题已经交卷，不能重复提交");
    }
    if (attempt.id().number() > attemptLimit) {
      throw new QuizRejectedException(QuizRejectedException.Reason.ATTEMPT_LIMIT_REACHED,
          "本测验最多可答 " + attemptLimit + " 次，第 " + attempt.id().number() + " 次答题无效");
    }
    if (now.isAfter(attempt.deadline().plus(SUBMISSION_GRACE))) {
      throw new QuizRejectedException(QuizRejectedException.Reason.TIME_LIMIT_EXCEEDED,
          "已超过答题时限（" + timeLimit.toMinutes() + " 分钟），答卷不予接受，本次答题机会已计入次数");
    }
    Set<QuestionId> drawn = new HashSet<>(attempt.drawnQuestions());
    List<String> undrawn = answers.keySet().stream()
        .filter(q -> !drawn.contains(q)).map(QuestionId::value).sorted().toList();
    if (!undrawn.isEmpty()) {
      throw new QuizRejectedException(QuizRejectedException.Reason.QUESTION_NOT_DRAWN,
          "答卷包含本次未抽到的题目（" + String.join("、", undrawn) + "），答卷不予接受");
    }
    int earned = 0;
    int max = 0;
    Map<QuestionId, Boolean> correct = new LinkedHashMap<>();
    Map<QuestionId, Set<Integer>> kept = new LinkedHashMap<>();
    for (QuestionId qid : attempt.drawnQuestions()) {
      Question q = drawnQuestion(qid);
      Set<Integer> picked = answers.get(qid);
      String problem = q.problemWith(picked);
      if (!problem.isEmpty()) {
        throw new QuizRejectedException(QuizRejectedException.Reason.INVALID_ANSWER, problem + "，答卷不予接受");
      }
      boolean right = q.isAnsweredCorrectlyBy(picked);
      max += q.points();
      earned += right ? q.points() : 0;
      correct.put(qid, right);
      kept.put(qid, picked == null ? Set.of() : Set.copyOf(picked));
    }
    // integer comparison: earned/max ≥ passMark/100 without rounding
    boolean passed = (long) earned * 100 >= (long) passMarkPercent * max;
    return attempt.submitted(now, kept, new QuizResult(earned, max, passed, correct));
  }

  private Question drawnQuestion(QuestionId qid) {
    return question(qid).orElseThrow(() -> new IllegalStateException(
        "题目 " + qid + " 已从测验「" + title + "」的题库中删除，无法评分"));
  }

  private void requireOwn(Attempt attempt) {
    if (!attempt.id().quiz().equals(id)) {
      throw new QuizRejectedException(QuizRejectedException.Reason.WRONG_QUIZ, "该答卷不属于测验「" + title + "」");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quiz q
        && id.equals(q.id)
        && course.equals(q.course)
        && title.equals(q.title)
        && purpose == q.purpose
        && bank.equals(q.bank)
        && drawCount == q.drawCount
        && passMarkPercent == q.passMarkPercent
        && attemptLimit == q.attemptLimit
        && timeLimit.equals(q.timeLimit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, course, bank.size());
  }

  @Override
  public String toString() {
    return "Quiz[" + id.value() + ", course " + course.value() + ", " + purpose + ", " + bank.size() + " questions]";
  }

  /** Collects a quiz's settings and bank; {@link #build()} lists every problem in Chinese. */
  public static final class Builder {

    private final QuizId id;
    private final CourseId course;
    private String title;
    private QuizPurpose purpose = QuizPurpose.POST_TEST;
    private final List<Question> bank = new ArrayList<>();
    private final List<String> rowProblems = new ArrayList<>();
    private int drawCount;
    private int passMarkPercent = 60;
    private int attemptLimit = 3;
    private Duration timeLimit = Duration.ofMinutes(30);

    private Builder(QuizId id, CourseId course) {
      this.id = Objects.requireNonNull(id, "id");
      this.course = Objects.requireNonNull(course, "course");
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder purpose(QuizPurpose purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    public Builder question(Question question) {
      bank.removeIf(q -> q.id().equals(question.id()));
      bank.add(question);
      return this;
    }

    /** Adds a question built from form input; a bad question is recorded as a problem. */
    public Builder question(java.util.function.Supplier<Question> question) {
      try {
        question(question.get());
      } catch (IllegalArgumentException e) {
        rowProblems.add(e.getMessage());
      }
      return this;
    }

    public Builder removeQuestion(QuestionId questionId) {
      bank.removeIf(q -> q.id().equals(questionId));
      return this;
    }

    /** How many questions each attempt draws; 0 (the default) means the whole bank. */
    public Builder drawCount(int count) {
      this.drawCount = count;
      return this;
    }

    public Builder passMarkPercent(int percent) {
      this.passMarkPercent = percent;
      return this;
    }

    public Builder attemptLimit(int limit) {
      this.attemptLimit = limit;
      return this;
    }

    public Builder timeLimit(Duration limit) {
      this.timeLimit = limit;
      return this;
    }

    public List<String> problems() {
      List<String> problems = new ArrayList<>(rowProblems);
      if (title == null || title.isBlank()) {
        problems.add("测验名称不能为空");
      }
      if (bank.isEmpty()) {
        problems.add("题库至少需要一道题");
      }
      if (drawCount < 0 || drawCount > bank.size()) {
        problems.add("每次抽题数必须在 1 到题库题数（" + bank.size() + "）之间，实际为 " + drawCount);
      }
      if (passMarkPercent < 1 || passMarkPercent > 100) {
        problems.add("及格线必须在 1%–100% 之间，实际为 " + passMarkPercent + "%");
      }
      if (attemptLimit < 1) {
        problems.add("答题次数上限至少为 1 次");
      }
      if (timeLimit == null || timeLimit.compareTo(Duration.ofMinutes(1)) < 0 || timeLimit.compareTo(Duration.ofHours(24)) > 0) {
        problems.add("答题时限必须在 1 分钟到 24 小时之间");
      }
      return problems;
    }

    public Quiz build() {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new InvalidTrainingDataException(problems);
      }
      if (drawCount == 0) {
        drawCount = bank.size();
      }
      return new Quiz(this);
    }
  }
}
