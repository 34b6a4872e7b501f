package org.jgsw.course.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How time spent on a lesson is recorded so that it cannot be farmed by leaving a page open.
 *
 * <p>The lesson page sends a heartbeat about once a minute with how long ago the person last did
 * something (scrolled, clicked, typed, or a video was playing). Using the server's clock only:
 *
 * <ol>
 *   <li>The time since the enrolment's previous heartbeat counts only if that heartbeat was for the
 *       same lesson — the first heartbeat of a lesson, or after switching lessons, counts nothing.
 *       Two windows open on different lessons therefore keep resetting each other, and two windows
 *       on the same lesson only ever count the wall-clock time that passed, once.
 *   <li>It counts only if there was activity within it (last activity after the previous heartbeat).
 *   <li>It counts only if it is at most {@link #maxInterval()} long; a longer gap means the page was
 *       closed or asleep, and counts nothing.
 *   <li>A lesson's total is capped at {@link #lessonCapFactor()} × its estimated minutes.
 * </ol>
 *
 * Recorded time is shown and reported; it does not earn credit hours ({@link CreditRules}).
 */
public record TimeRecordingRule(Duration maxInterval, int lessonCapFactor) {

  /** Heartbeats about every 60 s; a gap over 2 minutes counts nothing; cap 2× the estimate. */
  public static final TimeRecordingRule STANDARD = new TimeRecordingRule(Duration.ofMinutes(2), 2);

  public TimeRecordingRule {
    Objects.requireNonNull(maxInterval, "maxInterval");
    if (maxInterval.isNegative() || maxInterval.isZero()) {
      throw new IllegalArgumentException("心跳最长间隔必须大于 0");
    }
    if (lessonCapFactor < 1) {
      throw new IllegalArgumentException("每课时计时上限倍数至少为 1");
    }
  }

  /** The rule as shown on the learning page. */
  public String statement() {
    return "学习时长记录规则：学习页面约每分钟向服务器报告一次；两次报告之间有操作（翻页、滚动、点击、输入或视频播放）才计入，"
        + "间隔超过 " + maxInterval.toMinutes() + " 分钟的不计入（视为已离开）；切换课时或多个窗口同时学习时只按实际经过的时间计一次；"
        + "每个课时累计最多计入预计时长的 " + lessonCapFactor + " 倍。学习时长仅作记录，不折算学时。";
  }

  /** The cap on a lesson's recorded time. */
  public Duration capFor(Lesson lesson) {
    return Duration.ofMinutes((long) lesson.estimatedMinutes() * lessonCapFactor);
  }

  /**
   * The time to add for a heartbeat at {@code now}.
   *
   * @param previousLesson the lesson of the enrolment's previous heartbeat, or null
   * @param previousAt the time of the previous heartbeat, or null
   * @param sinceLastActivity how long ago the page saw the person's last activity
   * @param alreadyRecorded the lesson's time so far
   */
  public Duration toCount(
      Lesson lesson, LessonId previousLesson, Instant previousAt, Instant now,
      Duration sinceLastActivity, Duration alreadyRecorded) {
    if (previousAt == null || !lesson.id().equals(previousLesson)) {
      return Duration.ZERO;
    }
    Duration interval = Duration.between(previousAt, now);
    if (interval.isNegative() || interval.isZero() || interval.compareTo(maxInterval) > 0) {
      return Duration.ZERO;
    }
    if (sinceLastActivity == null || sinceLastActivity.isNegative() || sinceLastActivity.compareTo(interval) >= 0) {
      return Duration.ZERO;
    }
    Duration room = capFor(lesson).minus(alreadyRecorded);
    if (room.isNegative() || room.isZero()) {
      return Duration.ZERO;
    }
    return interval.compareTo(room) > 0 ? room : interval;
  }
}
