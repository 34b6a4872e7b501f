package org.jgsw.portal.candidate;

import java.util.List;
import java.util.Map;

/**
 * One good row of a candidate workbook: the candidate's fields and the competency levels of its
 * "能力:CODE" columns (recorded as assessment evidence).
 */
public record CandidateRow(int row, Candidate candidate, Map<String, Integer> levels, List<String> problems) {}
