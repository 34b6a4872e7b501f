package org.jgsw.competency.domain;

import java.util.Map;
import java.util.Optional;

/**
 * What matching needs to know about a person — a candidate (候选人) or a member of staff for internal
 * selection or rotation: background for the hard conditions and the current level of each
 * competency. The portal builds it from its own records.
 *
 * <p>{@code channel} is the entry channel's code (e.g. {@code SELECTED_GRADUATE}, 选调生) and is only
 * carried for display and filtering. {@code age}, {@code education}, {@code majorFamily}, {@code
 * yearsOfExperience} and {@code politicalStatus} may be {@code null} when unknown; a hard condition
 * on an unknown value is not met.
 */
public record CandidateProfile(
    String id,
    String name,
    String channel,
    Integer age,
    EducationLevel education,
    String majorFamily,
    Integer yearsOfExperience,
    String politicalStatus,
    Map<CompetencyCode, AssessedLevel> levels) {

  public CandidateProfile {
    id = Texts.required(id, "人员编号不能为空");
    name = Texts.required(name, "人员姓名不能为空");
    channel = channel == null ? "" : channel.strip();
    majorFamily = majorFamily == null || majorFamily.isBlank() ? null : majorFamily.strip();
    politicalStatus = politicalStatus == null || politicalStatus.isBlank() ? null : politicalStatus.strip();
    levels = levels == null ? Map.of() : Map.copyOf(levels);
  }

  public Optional<AssessedLevel> levelOf(CompetencyCode competency) {
    return Optional.ofNullable(levels.get(competency));
  }
}
