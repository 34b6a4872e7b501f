package org.jgsw.portal.rest.dto;

import java.util.List;

/** The result of an offline-training import: good rows are recorded, bad rows reported by row number. */
public record OfflineTrainingImportDto(int rows, int recorded, int classes, List<Problem> problems) {

  public record Problem(int row, String column, String message) {}
}
