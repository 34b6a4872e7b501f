package org.jgsw.competency.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's current level of one competency, as decided by {@link CurrentLevelRule}: the level,
 * whether it is proven (backed by verified evidence), the evidence that decided it, and the other
 * ratings that did not — kept, so that no rating is silently overwritten.
 *
 * <p>A level without evidence (e.g. a score typed in without a source) is {@link #unproven
 * unproven}.
 */
public record AssessedLevel(
    ProficiencyLevel level, boolean proven, Optional<Evidence> evidence, List<Evidence> otherEvidence) {

  public AssessedLevel {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(evidence, "evidence");
    otherEvidence = List.copyOf(otherEvidence == null ? List.of() : otherEvidence);
    if (proven && evidence.filter(Evidence::verified).isEmpty()) {
      throw new IllegalArgumentException("只有已核实的佐证才能证明等级");
    }
  }

  /** A level decided by {@code evidence}; proven exactly when that evidence is verified. */
  public static AssessedLevel from(Evidence evidence, List<Evidence> otherEvidence) {
    return new AssessedLevel(evidence.level(), evidence.verified(), Optional.of(evidence), otherEvidence);
  }

  /** A level decided by a single piece of evidence. */
  public static AssessedLevel from(Evidence evidence) {
    return from(evidence, List.of());
  }

  /** A level without any evidence; shown as unproven (未证实). */
  public static AssessedLevel unproven(int level) {
    return new AssessedLevel(ProficiencyLevel.of(level), false, Optional.empty(), List.of());
  }

  public int value() {
    return level.value();
  }
}
