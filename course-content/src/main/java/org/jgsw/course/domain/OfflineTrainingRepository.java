package org.jgsw.course.domain;

import java.util.List;

public interface OfflineTrainingRepository {

  /** The classes {@code personId} attended. */
  List<OfflineTraining> findByAttendee(String personId);

  void store(OfflineTraining training);
}
