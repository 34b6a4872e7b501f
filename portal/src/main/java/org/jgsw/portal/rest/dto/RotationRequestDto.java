package org.jgsw.portal.rest.dto;

import java.util.List;

/**
 * A new rotation or secondment: {@code kind} ROTATION or SECONDMENT, {@code hostUnit}, {@code from} and
 * {@code to} as yyyy-MM-dd (the stay must be over), the host unit's {@code evaluation} and at least one
 * rating of a competency (1–5).
 */
public record RotationRequestDto(String kind, String hostUnit, String from, String to, String evaluation, List<Rating> ratings) {

  /** A rating as posted: the level may be missing or out of range, which is reported, not thrown. */
  public record Rating(String competency, Integer level) {}
}
