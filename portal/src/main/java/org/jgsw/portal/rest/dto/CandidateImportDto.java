package org.jgsw.portal.rest.dto;

import java.util.List;

/** Outcome of a candidate import: good rows are kept; each rejected row with its reasons. */
public record CandidateImportDto(int created, int updated, int rejected, List<Problem> problems) {

  public record Problem(int row, String candidateNo, List<String> messages) {}
}
