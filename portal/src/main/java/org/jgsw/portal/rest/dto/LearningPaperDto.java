package org.jgsw.portal.rest.dto;

import java.time.Instant;
import java.util.List;

/** A quiz paper: the drawn questions and their options, never the correct answers. */
public record LearningPaperDto(long quiz, int attempt, Instant deadline, List<Question> questions) {

  public record Question(String id, String type, String text, List<String> options, int points) {}
}
