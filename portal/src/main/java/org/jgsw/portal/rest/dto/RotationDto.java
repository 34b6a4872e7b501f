package org.jgsw.portal.rest.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A rotation (ROTATION 轮岗) or secondment (SECONDMENT 挂职) with the host unit's evaluation; each
 * rating is also ROTATION evidence in the person's profile, dated {@code to}.
 */
public record RotationDto(long id, String kind, String kindLabel, String hostUnit, LocalDate from, LocalDate to, String evaluation,
    List<Rating> ratings, String recordedBy) {

  /** The host unit's rating of one competency (1–5). */
  public record Rating(String competency, int level) {}
}
