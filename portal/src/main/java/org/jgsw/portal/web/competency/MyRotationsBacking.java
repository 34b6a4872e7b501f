package org.jgsw.portal.web.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jgsw.portal.competency.RotationRecord;
import org.jgsw.portal.competency.RotationService;

/**
 * The signed-in user's own rotations and secondments with the host unit's evaluation, on
 * learning/competency.xhtml (read-only: HR records them).
 */
@Named
@RequestScoped
public class MyRotationsBacking {

  @Inject RotationService rotations;
  @Inject MyCompetencyBacking mine;

  private List<RotationRecord> records;

  public List<RotationRecord> getRecords() {
    if (records == null) {
      records = mine.getMe() == null ? List.of() : rotations.of(mine.getMe().person().key());
    }
    return records;
  }
}
