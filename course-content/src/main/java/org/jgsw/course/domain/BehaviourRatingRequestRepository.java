package org.jgsw.course.domain;

import java.util.List;
import java.util.Optional;

public interface BehaviourRatingRequestRepository {

  Optional<BehaviourRatingRequest> find(EnrolmentId enrolment);

  /** The requests a supervisor is asked to rate (rated or not). */
  List<BehaviourRatingRequest> findBySupervisor(String supervisor);

  void store(BehaviourRatingRequest request);
}
