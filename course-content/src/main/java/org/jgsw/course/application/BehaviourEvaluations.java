package org.jgsw.course.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.jgsw.course.domain.BehaviourRatingRequest;
import org.jgsw.course.domain.EnrolmentId;

/** Supervisors' Level-3 (behaviour) ratings after training. */
public interface BehaviourEvaluations {

  /** The requests a supervisor should rate today. */
  List<BehaviourRatingRequest> openFor(@NotBlank String supervisor);

  /**
   * Rates a request and sends one piece of competency evidence per competency rated through the
   * {@code CompetencyEvidenceSink}.
   */
  BehaviourRatingRequest rate(
      @NotBlank String supervisor, @NotNull EnrolmentId request, @NotNull Map<String, Integer> levels, String comment);
}
