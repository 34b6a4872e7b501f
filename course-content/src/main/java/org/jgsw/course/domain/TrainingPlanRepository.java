package org.jgsw.course.domain;

import java.util.List;
import java.util.Optional;

public interface TrainingPlanRepository {

  Optional<TrainingPlan> find(TrainingPlanId id);

  List<TrainingPlan> findPublished();

  void store(TrainingPlan plan);
}
