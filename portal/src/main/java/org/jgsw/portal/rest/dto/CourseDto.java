package org.jgsw.portal.rest.dto;

import java.math.BigDecimal;

/** A published course (its current version). */
public record CourseDto(long id, int version, String title, String category, BigDecimal creditHours, int minutes, int lessons, String summary) {}
