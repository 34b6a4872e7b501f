package org.jgsw.course.application.port;

/** Where training sends competency evidence; the portal wires it to the competency module. */
public interface CompetencyEvidenceSink {

  void accept(CompetencyEvidence evidence);
}
