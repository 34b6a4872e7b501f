package org.jgsw.portal.rest.dto;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * A person's competency profile: their post model version ({@code null} when their post has none),
 * the fit to it, current levels, and gaps (competency, required, current, how far), largest gap × weight first, and
 * the rotations and secondments with the host unit's evaluation (staff only; latest first).
 */
@JsonbNillable
public record PersonCompetencyDto(String personId, String name, String model, Double fit, List<CurrentLevelDto> levels, List<GapDto> gaps,
    String rule, List<RotationDto> rotations) {

  /** One gap: {@code size} = required − current; {@code current} 0 when missing. */
  public record GapDto(String competency, String name, int required, int current, int size, boolean missing, boolean proven, double weight,
      boolean mustHave) {}
}
