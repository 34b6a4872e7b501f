package org.jgsw.competency.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One rating of a person's competency with where it came from (佐证): the level, the {@link
 * EvidenceSource source}, the date, who recorded it, and an optional detail (course, certificate
 * number, assessment name) to show on the page.
 *
 * <p>Training evidence is created only through {@link #training}, which caps the level at the level
 * the course trains to: finishing a level-3 course never proves level 5.
 */
public record Evidence(
    CompetencyCode competency,
    ProficiencyLevel level,
    EvidenceSource source,
    LocalDate date,
    String recordedBy,
    String detail) {

  public Evidence {
    Objects.requireNonNull(competency, "competency");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "佐证日期不能为空");
    recordedBy = Texts.required(recordedBy, "佐证必须注明记录人");
    detail = detail == null ? "" : detail.strip();
  }

  /** Evidence from any source but {@link EvidenceSource#TRAINING} (which needs the course's cap). */
  public static Evidence of(
      CompetencyCode competency, int level, EvidenceSource source, LocalDate date, String recordedBy) {
    if (source == EvidenceSource.TRAINING) {
      throw new IllegalArgumentException("培训佐证须注明课程所训练到的等级上限，请使用 Evidence.training(...)");
    }
    return new Evidence(competency, ProficiencyLevel.of(level), source, date, recordedBy, "");
  }

  /**
   * Evidence from completed training: the level reached, capped at {@code courseCap}, the level the
   * course trains to (课程训练等级).
   */
  public static Evidence training(
      CompetencyCode competency,
      int levelReached,
      ProficiencyLevel courseCap,
      LocalDate date,
      String recordedBy,
      String course) {
    ProficiencyLevel reached = ProficiencyLevel.of(levelReached);
    ProficiencyLevel capped = reached.isAtLeast(courseCap) ? courseCap : reached;
    return new Evidence(competency, capped, EvidenceSource.TRAINING, date, recordedBy, course);
  }

  /** The same evidence with a detail such as an assessment's or certificate's name. */
  public Evidence withDetail(String detail) {
    return new Evidence(competency, level, source, date, recordedBy, detail);
  }

  /** Whether this rating is proof of the level: true for every source except self-assessment. */
  public boolean verified() {
    return source.isVerified();
  }
}
