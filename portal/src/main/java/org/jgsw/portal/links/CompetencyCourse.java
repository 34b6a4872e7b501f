package org.jgsw.portal.links;

/** A published course that trains a competency, to the level it trains to, with its credit hours. */
public record CompetencyCourse(long courseId, String title, int level, String creditHours, String category) {}
