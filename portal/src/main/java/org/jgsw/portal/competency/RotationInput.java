package org.jgsw.portal.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jgsw.competency.domain.ProficiencyLevel;

/**
 * A rotation or secondment as typed on the HR page or posted to the API: kind, host unit, dates, the
 * host unit's overall evaluation and its ratings by competency code. {@link #problems} says what is
 * wrong, as keys of the competency bundle ({@code rotation.error.*}, {@code rating.error.level}).
 */
public record RotationInput(RotationKind kind, String hostUnit, LocalDate from, LocalDate to, String evaluation,
    Map<String, Integer> ratings) {

  public static final int MAX_HOST_UNIT = 120;
  public static final int MAX_EVALUATION = 1000;

  public RotationInput {
    ratings = ratings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
  }

  /**
   * Every problem, empty when none. The stay must be over ({@code to} not after {@code today}): the
   * host unit evaluates what it saw, and evidence is dated the end of the stay.
   */
  public List<String> problems(LocalDate today, Predicate<String> knownCompetency) {
    List<String> problems = new ArrayList<>();
    if (kind == null) {
      problems.add("rotation.error.kind");
    }
    if (hostUnit == null || hostUnit.isBlank()) {
      problems.add("rotation.error.hostUnit");
    } else if (hostUnit.strip().length() > MAX_HOST_UNIT) {
      problems.add("rotation.error.hostUnitLong");
    }
    if (from == null) {
      problems.add("rotation.error.from");
    }
    if (to == null) {
      problems.add("rotation.error.to");
    } else if (to.isAfter(today)) {
      problems.add("rotation.error.toFuture");
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add("rotation.error.order");
    }
    if (evaluation != null && evaluation.strip().length() > MAX_EVALUATION) {
      problems.add("rotation.error.evaluation");
    }
    if (ratings.isEmpty()) {
      problems.add("rotation.error.ratings");
    }
    ratings.forEach((code, level) -> {
      if (code == null || code.isBlank() || !knownCompetency.test(code.strip())) {
        addOnce(problems, "rotation.error.competencyUnknown");
      }
      if (level == null || level < ProficiencyLevel.MIN || level > ProficiencyLevel.MAX) {
        addOnce(problems, "rating.error.level");
      }
    });
    return problems;
  }

  private static void addOnce(List<String> problems, String key) {
    if (!problems.contains(key)) {
      problems.add(key);
    }
  }
}
