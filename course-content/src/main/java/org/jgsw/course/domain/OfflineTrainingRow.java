package org.jgsw.course.domain;

/**
 * One row of an offline-training Excel import as text, as the portal read it from the cells: the
 * sheet's row number, the person identifier (staff number or ID card number — the portal resolves
 * it), class name, start and end dates, and hours.
 */
public record OfflineTrainingRow(
    int rowNumber, String personIdentifier, String className, String startDate, String endDate, String hours) {}
