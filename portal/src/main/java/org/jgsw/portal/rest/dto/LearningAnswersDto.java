package org.jgsw.portal.rest.dto;

import java.util.List;
import java.util.Map;

/** A submission: question id → indexes of the options picked (0-based). */
public record LearningAnswersDto(Map<String, List<Integer>> answers) {}
