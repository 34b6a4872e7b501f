package org.jgsw.course.domain;

import java.util.List;
import java.util.Optional;

/** Keeps every attempt; results are per attempt. */
public interface AttemptRepository {

  Optional<Attempt> find(AttemptId id);

  /** A person's attempts at a quiz, first attempt first. */
  List<Attempt> findByQuizAndPerson(QuizId quiz, String personId);

  List<Attempt> findByQuiz(QuizId quiz);

  void store(Attempt attempt);
}
