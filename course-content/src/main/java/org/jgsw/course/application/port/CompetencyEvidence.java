package org.jgsw.course.application.port;

import java.time.LocalDate;
import org.jgsw.course.domain.CourseId;

/**
 * Evidence of a person's competency level produced by training: a supervisor's Level-3 rating some
 * time after the person completed a course that trains the competency. In this module's terms; the
 * portal's adapter turns it into the competency module's evidence (source: supervisor rating).
 */
public record CompetencyEvidence(
    String competencyCode, String personId, int level, String rater, LocalDate date, CourseId course) {}
