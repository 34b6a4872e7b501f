package org.jgsw.portal.rest.dto;

/** One attendance row to import: staff number, class name, dates (e.g. 2026-03-01) and credit hours. */
public record OfflineTrainingRowDto(String person, String className, String start, String end, String hours) {}
