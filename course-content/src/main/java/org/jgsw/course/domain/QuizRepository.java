package org.jgsw.course.domain;

import java.util.List;
import java.util.Optional;

public interface QuizRepository {

  Optional<Quiz> find(QuizId id);

  List<Quiz> findByCourse(CourseId course);

  void store(Quiz quiz);
}
